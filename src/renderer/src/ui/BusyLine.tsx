/** A "working on it" line with a spinner (importing a file, reading a class pack); nothing when idle. */
export function BusyLine({ text }: { text: string | null | undefined | false }) {
  if (!text) return null;
  return (
    <p className="busy" role="status">
      <span className="spinner" aria-hidden="true" />
      {text}
    </p>
  );
}
