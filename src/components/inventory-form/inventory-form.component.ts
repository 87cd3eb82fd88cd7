import '../shared/policy-guard.js';
import { inventoryDefinition } from '../../definitions/inventory.js';
import type { Definition } from '../../schema/questionnaire.js';
import { SamsynQuestionnaire } from '../questionnaire/questionnaire.component.js';

/**
 * The national inventory of needs of people with psychiatric disabilities,
 * ready to use: a kommun page writes the tag and gets the whole form, one
 * section per step, a review of every answer and a submit that hands over a
 * validated, anonymous record. Everything else is as in
 * `samsyn-questionnaire`.
 *
 * ```html
 * <form method="post" action="/inventering">
 *   <samsyn-inventory-form name="record" draft-key="inventering"></samsyn-inventory-form>
 * </form>
 * ```
 *
 * @summary The national inventory form: every question of the tool, with review, error summary and drafts.
 *
 * @attr name - The name the record is submitted under (as JSON) by a surrounding `<form>`.
 * @attr {boolean} disabled - Nothing can be edited, and the record is neither validated nor submitted; a disabled `<fieldset>` around it does the same.
 * @attr {boolean} readonly - Shows the answers as a summary that cannot be edited; the record is still submitted.
 *
 * @event samsyn-change - After every edit; `detail: { value, field, valid }`.
 * @event samsyn-step - After moving to another step; `detail: { step, total, section }`.
 * @event samsyn-submit - When the reviewed record is submitted; `detail: { value }`, a record that `parseInventoryRecord` accepts.
 * @event samsyn-error - When the page gives a value or storage that cannot be used; `detail: { reason, message, issues? }`.
 *
 * @csspart title - The form's title.
 * @csspart notice - Notices about drafts and about values that could not be loaded.
 * @csspart draft-status - With `draft-key`: the line that says when the draft was last saved.
 * @csspart step-list - The navigation list of steps.
 * @csspart step - The current step.
 * @csspart error-summary - The summary of errors at the top of a step.
 * @csspart question - Each question.
 * @csspart summary - Each section's list of answers on the review step and in read-only mode.
 * @csspart actions - The row of buttons of a step.
 * @csspart button - Every button; the main one of a step also has `button-primary`.
 * @csspart confirmation - The confirmation shown after submitting.
 * @csspart error - The message shown instead of the form when the value cannot be used.
 *
 * @cssprop --samsyn-step-list-width - Width of the step list beside the form on wide layouts (default 15rem).
 */
export class SamsynInventoryForm extends SamsynQuestionnaire {
  /** The national inventory; a kommun's extended definition (`extendDefinition`) may replace it. */
  override definition: Definition | undefined = inventoryDefinition;
}
