/** Several choices of a list, as checkboxes in a labelled group. */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  error,
  disabled,
}: {
  legend: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: readonly T[];
  onChange(value: T[]): void;
  error?: string | undefined;
  disabled?: boolean;
}) {
  const toggle = (option: T, isChecked: boolean) =>
    onChange(
      isChecked
        ? options.map((o) => o.value).filter((v) => v === option || value.includes(v))
        : value.filter((v) => v !== option),
    );
  return (
    <fieldset className={`checks ${error ? 'field-invalid' : ''}`} disabled={disabled}>
      <legend>{legend}</legend>
      <div className="row">
        {options.map((o) => (
          <label key={o.value} className="check">
            <input
              type="checkbox"
              checked={value.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />{' '}
            {o.label}
          </label>
        ))}
      </div>
      {error ? <small className="field-error">{error}</small> : null}
    </fieldset>
  );
}
