// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { guideExample } from '../../model/examples';
import { memoryStorage } from '../../state/persistence';
import { PreferencesContext, PreferencesStore } from '../../state/preferences';
import { nodeTypes } from './nodes';

// A node without interfaces draws no handle, so it renders outside React Flow.
const Host = nodeTypes.host as ComponentType<{ data: object; selected: boolean }>;
const bare = { ...guideExample.nodes[0]!, interfaces: [] };

describe('a node on the canvas', () => {
  it('speaks English by default', () => {
    render(<Host data={{ node: bare }} selected={false} />);
    expect(screen.getByText('no interfaces')).toBeTruthy();
  });

  it('speaks 简体中文', () => {
    render(
      <PreferencesContext.Provider value={new PreferencesStore(memoryStorage(), ['zh-CN'])}>
        <Host data={{ node: bare }} selected={false} />
      </PreferencesContext.Provider>,
    );
    expect(screen.getByText('无网络接口')).toBeTruthy();
  });
});
