/** @jsxImportSource hono/jsx */
import type { LabelledHandoff } from "../../handoff/store.ts";

/** Deleting the visitor's conversation on their request: a same-origin form post. */
export function DeleteConversationForm(props: { handoff: LabelledHandoff }) {
  const h = props.handoff;
  return (
    <form
      class="danger-zone"
      method="post"
      action={`/admin/handoffs/${h.id}/delete-conversation`}
      aria-label="Delete this conversation"
    >
      <p class="hint">
        A visitor can ask for what they wrote to be deleted. This deletes the whole conversation:
        its messages, this handoff, its deliveries and the team's replies. It cannot be undone.
      </p>
      <label>
        <input type="checkbox" name="confirm" value="1" required /> Yes, delete it for good
      </label>
      <button type="submit">Delete this conversation</button>
    </form>
  );
}
