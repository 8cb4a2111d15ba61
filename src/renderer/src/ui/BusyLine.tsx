/** A line that says what is being read or imported, with a spinner, announced politely. */
export function BusyLine({ text }: { text: string }) {
  return (
    <p className="busy" role="status">
      <span className="spinner" aria-hidden="true" />
      {text}
    </p>
  );
}
