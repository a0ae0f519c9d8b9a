import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// findBy*/waitFor wait up to 10 s, not testing-library's 1 s: a panel loaded on first use (a lazy
// chunk, transformed on demand) can take longer than that on a busy two-core machine, and an
// element that never appears still fails the test.
configure({ asyncUtilTimeout: 10_000 });
