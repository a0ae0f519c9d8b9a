/**
 * The inputs the inspector forms are built from. Each finds its form through react-hook-form's
 * control context (under a FormProvider), re-renders only when its own field changes, shows its
 * error in words under itself, and has a visible label that is also its accessible name.
 */
import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Fragment, memo, useId, type ChangeEvent, type ReactNode, type Ref } from 'react';
import { Controller, useFieldArray, useFormState } from 'react-hook-form';
import { useStore } from '../../state/hooks';
import { listErrorMessage } from './inspectorResolver';

export function FormHeading({ kind, name }: { kind: string; name?: string }) {
  return (
    <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, lineHeight: 1.3 }}>
      {kind}
      {name !== undefined && (
        <>
          {' '}
          <Box component="span" sx={{ fontFamily: 'monospace', fontWeight: 400 }}>
            {name}
          </Box>
        </>
      )}
    </Typography>
  );
}

/**
 * A translated message with React nodes in place of its `{name}` placeholders, so that a word order
 * that differs between languages can still put a name in bold.
 */
export function withNodes(text: string, nodes: Readonly<Record<string, ReactNode>>): ReactNode[] {
  return text
    .split(/\{(\w+)\}/)
    .map((part, i) =>
      i % 2 === 0 ? part : <Fragment key={i}>{part in nodes ? nodes[part] : `{${part}}`}</Fragment>,
    );
}

export function SectionTitle({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <Typography
      id={id}
      variant="overline"
      component="h3"
      sx={{ display: 'block', lineHeight: 1.5, color: 'text.secondary', mt: 0.5 }}
    >
      {children}
    </Typography>
  );
}

export function Hint({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <Typography id={id} variant="caption" component="p" sx={{ color: 'text.secondary' }}>
      {children}
    </Typography>
  );
}

interface TextInputProps {
  name: string;
  label: string;
  helperText?: string;
  /** Shows a numeric keypad on touch devices; the value stays text. */
  numeric?: boolean;
}

export function TextInput({ name, label, helperText, numeric = false }: TextInputProps) {
  return (
    <Controller
      name={name}
      render={({ field, fieldState }) => (
        <MemoTextField
          name={field.name}
          value={field.value ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          label={label}
          error={fieldState.error?.message}
          helperText={helperText}
          numeric={numeric}
        />
      )}
    />
  );
}

export interface Option {
  value: string;
  label: string;
}

export const PROTOCOLS: readonly Option[] = [
  { value: 'TCP', label: 'TCP' },
  { value: 'UDP', label: 'UDP' },
  { value: 'SCTP', label: 'SCTP' },
];

/** A native select: keyboard and screen-reader friendly, and compact in a narrow column. */
export function SelectInput({
  name,
  label,
  options,
  helperText,
}: {
  name: string;
  label: string;
  /** Keep the array stable (a constant or memoised): the input re-renders when it changes. */
  options: readonly Option[];
  helperText?: string;
}) {
  return (
    <Controller
      name={name}
      render={({ field, fieldState }) => (
        <MemoTextField
          name={field.name}
          value={field.value ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          label={label}
          error={fieldState.error?.message}
          helperText={helperText}
          options={options}
        />
      )}
    />
  );
}

/**
 * An on/off setting: a switch with its label, and under it the helper text, or the field's error
 * in its place. `disabled` comes with the reason as `helperText`, so the user reads why.
 */
export function SwitchInput({
  name,
  label,
  helperText,
  disabled = false,
}: {
  name: string;
  label: string;
  helperText: string;
  disabled?: boolean;
}) {
  const helperId = useId();
  return (
    <Controller
      name={name}
      render={({ field, fieldState }) => {
        const error = fieldState.error?.message;
        return (
          <FormControl error={error !== undefined} disabled={disabled}>
            <FormControlLabel
              label={label}
              // MUI pulls the label 11 px left for a medium switch; a small one needs less, or
              // it sticks out of the column.
              sx={{ ml: -0.75, mr: 0, '& .MuiFormControlLabel-label': { typography: 'body2' } }}
              control={
                <Switch
                  size="small"
                  name={field.name}
                  checked={field.value === true}
                  onChange={(e) => field.onChange(e.target.checked)}
                  onBlur={field.onBlur}
                  slotProps={{ input: { ref: field.ref, 'aria-describedby': helperId } }}
                />
              }
            />
            {/* The reason a switch is off limits must stay readable: not greyed out with it. */}
            <FormHelperText
              id={helperId}
              sx={{ mx: 0, '&.Mui-disabled:not(.Mui-error)': { color: 'text.secondary' } }}
            >
              {error ?? helperText}
            </FormHelperText>
          </FormControl>
        );
      }}
    />
  );
}

/**
 * A TextField that renders again only when what it shows changes. Validating the whole form on
 * every keystroke re-renders each Controller; MUI's TextField is the costly part of that.
 */
const MemoTextField = memo(function MemoTextField({
  name,
  value,
  onChange,
  onBlur,
  inputRef,
  label,
  error,
  helperText,
  numeric = false,
  options,
}: {
  name: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onBlur: () => void;
  inputRef: Ref<HTMLInputElement>;
  label: string;
  error: string | undefined;
  helperText: string | undefined;
  numeric?: boolean;
  /** Makes it a native select of these options. */
  options?: readonly Option[];
}) {
  return (
    <TextField
      select={options !== undefined}
      name={name}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      inputRef={inputRef}
      label={label}
      size="small"
      fullWidth
      error={error !== undefined}
      helperText={error ?? helperText}
      slotProps={{
        htmlInput: numeric ? { inputMode: 'numeric' } : {},
        ...(options && { select: { native: true }, inputLabel: { shrink: true } }),
      }}
    >
      {options?.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </TextField>
  );
});

export function RemoveButton({
  label,
  onClick,
  disabled = false,
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <IconButton
      aria-label={label}
      title={label}
      size="small"
      onClick={onClick}
      disabled={disabled}
      sx={{ mt: 0.5 }}
    >
      <CloseIcon fontSize="small" />
    </IconButton>
  );
}

export function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button
      size="small"
      startIcon={<AddIcon />}
      onClick={onClick}
      sx={{ alignSelf: 'flex-start', py: 0 }}
    >
      {label}
    </Button>
  );
}

/** The error of a whole list (too few entries, a cross-field problem placed on the list). */
export function ListError({ name }: { name: string }) {
  const { errors } = useFormState({ name });
  const message = listErrorMessage(errors, name);
  return message === undefined ? null : <FormHelperText error>{message}</FormHelperText>;
}

/** A list of strings (`{ value }` rows): one text field per entry, with add and remove. */
export function TextListField({
  name,
  itemLabel,
  addLabel,
  removeLabel,
  minItems = 0,
}: {
  name: string;
  /** The label of entry `n` (from 1), e.g. `CIDR 2`. */
  itemLabel: (n: number) => string;
  addLabel: string;
  removeLabel: (n: number) => string;
  minItems?: number;
}) {
  const { fields, append, remove } = useFieldArray({ name });
  return (
    <Stack spacing={1}>
      {fields.map((f, i) => (
        <Stack key={f.id} direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
          <TextInput name={`${name}.${i}.value`} label={itemLabel(i + 1)} />
          <RemoveButton
            label={removeLabel(i + 1)}
            onClick={() => remove(i)}
            disabled={fields.length <= minItems}
          />
        </Stack>
      ))}
      <ListError name={name} />
      <AddButton label={addLabel} onClick={() => append({ value: '' })} />
    </Stack>
  );
}

/** A label map as key/value rows. */
export function LabelRowsField({
  name,
  keyLabel,
  valueLabel,
  addLabel,
  removeLabel,
}: {
  name: string;
  keyLabel: (n: number) => string;
  valueLabel: (n: number) => string;
  addLabel: string;
  removeLabel: (n: number) => string;
}) {
  const { fields, append, remove } = useFieldArray({ name });
  return (
    <Stack spacing={1}>
      {fields.map((f, i) => (
        <Stack key={f.id} direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
          <TextInput name={`${name}.${i}.key`} label={keyLabel(i + 1)} />
          <TextInput name={`${name}.${i}.value`} label={valueLabel(i + 1)} />
          <RemoveButton label={removeLabel(i + 1)} onClick={() => remove(i)} />
        </Stack>
      ))}
      <AddButton label={addLabel} onClick={() => append({ key: '', value: '' })} />
    </Stack>
  );
}

/** A problem that belongs to no single input (e.g. an access edge naming a removed port). */
export function FormError() {
  const { errors } = useFormState();
  const message = errors.root?.message;
  return message === undefined ? null : (
    <FormHelperText error role="alert">
      {message}
    </FormHelperText>
  );
}

/** A text box: typing in it is one undo step until it loses the focus. */
function isTypedInto(target: EventTarget): boolean {
  return (
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && target.type === 'text')
  );
}

/**
 * The column every form lays its inputs out in. It draws the edges of the undo steps: the edits
 * of one field coalesce (DesignStore.dispatch) until the focus leaves it, while a pick in a list,
 * the tick of a checkbox or the press of a button is a step of its own.
 */
export function FormColumn({ children }: { children: ReactNode }) {
  const store = useStore();
  return (
    <Stack
      component="form"
      noValidate
      spacing={1.25}
      onSubmit={(e) => e.preventDefault()}
      onBlur={store.closeUndoStep}
      onChange={(e) => {
        if (!isTypedInto(e.target)) store.closeUndoStep();
      }}
      onClick={(e) => {
        if (e.target instanceof Element && e.target.closest('button')) store.closeUndoStep();
      }}
    >
      {children}
    </Stack>
  );
}
