// The UI actions by sys_id: the step takes a sys_id or a Record, not a UiAction. These are the app's own keys
// (fluent/generated/keys.ts: ui-action-resume, ui-action-create-case, ui-action-retry-outbox-row), fixed once
// generated; tests/build/app-output.test.ts checks they still name those UI actions.
export const RESUME = '8158399c28f648c1a972b778ced04f1a'
export const CREATE_CASE = '06769a5399844993b39f663565aec827'
export const RETRY = '436f675858784c6fb229d462005ef020'
