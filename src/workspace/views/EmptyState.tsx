export function EmptyState() {
  return (
    <div class="empty" data-testid="empty">
      <h2>No snapshots yet</h2>
      <p>
        Open a provider’s signup page and use <strong>Save snapshot</strong> in the KYC Lens popup; finished signup flows are saved
        here automatically. You can also import a colleague’s export under <a href="#export">Export &amp; import</a>.
      </p>
    </div>
  );
}
