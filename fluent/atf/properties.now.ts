import { Test } from '@servicenow/sdk/core'
import '@servicenow/sdk/global'

// The property guard (fluent/business-rules.now.ts, before insert/update on sys_properties) refuses a value the
// app could not use and keeps a good one. ATF rolls the changes back after each test.

Test(
    {
        $id: Now.ID['atf-property-timeout-good'],
        name: 'x_gcer property guard: a valid timeout is saved',
        description:
            'Updates x_gcer.http.timeout_ms to 8000 (inside 1000-30000) and asserts the update succeeded and the value is stored: the accepting side of the property guard business rule.',
        failOnServerError: true,
    },
    (atf) => {
        const property = atf.server.recordQuery({
            $id: Now.ID['atf-property-timeout-good-find'],
            table: 'sys_properties',
            fieldValues: 'name=x_gcer.http.timeout_ms',
            assert: 'records_match_query',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf-property-timeout-good-update'],
            table: 'sys_properties',
            recordId: property.first_record,
            fieldValues: { value: '8000' },
            assert: 'record_successfully_updated',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf-property-timeout-good-check'],
            table: 'sys_properties',
            recordId: property.first_record,
            fieldValues: 'value=8000',
            assert: 'record_validated',
        })
    }
)

Test(
    {
        $id: Now.ID['atf-property-timeout-bad'],
        name: 'x_gcer property guard: a timeout of "10s" is refused',
        description:
            'Updates x_gcer.http.timeout_ms to "10s" and asserts the update is refused and the stored value unchanged: the refusing side of the property guard (not an integer).',
        failOnServerError: false,
    },
    (atf) => {
        const property = atf.server.recordQuery({
            $id: Now.ID['atf-property-timeout-bad-find'],
            table: 'sys_properties',
            fieldValues: 'name=x_gcer.http.timeout_ms',
            assert: 'records_match_query',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf-property-timeout-bad-update'],
            table: 'sys_properties',
            recordId: property.first_record,
            fieldValues: { value: '10s' },
            assert: 'record_not_updated',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf-property-timeout-bad-check'],
            table: 'sys_properties',
            recordId: property.first_record,
            fieldValues: 'value!=10s',
            assert: 'record_validated',
        })
    }
)

Test(
    {
        $id: Now.ID['atf-property-mappings-good'],
        name: 'x_gcer property guard: well-formed queue mappings are saved',
        description:
            'Updates x_gcer.genesys.queue_mappings to one queue with a UUID id, a name and default true, and asserts the update succeeded: the accepting side of the queue-mapping validation.',
        failOnServerError: true,
    },
    (atf) => {
        const property = atf.server.recordQuery({
            $id: Now.ID['atf-property-mappings-good-find'],
            table: 'sys_properties',
            fieldValues: 'name=x_gcer.genesys.queue_mappings',
            assert: 'records_match_query',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf-property-mappings-good-update'],
            table: 'sys_properties',
            recordId: property.first_record,
            fieldValues: {
                value: '[{"queueId":"6f2b0d2e-1c0a-4a7e-9b5e-0c1d2e3f4a5b","name":"Billing","default":true}]',
            },
            assert: 'record_successfully_updated',
        })
    }
)

Test(
    {
        $id: Now.ID['atf-property-mappings-bad'],
        name: 'x_gcer property guard: malformed queue mappings are refused',
        description:
            'Updates x_gcer.genesys.queue_mappings to an entry whose queueId is not a UUID and asserts the update is refused: the refusing side of the queue-mapping validation.',
        failOnServerError: false,
    },
    (atf) => {
        const property = atf.server.recordQuery({
            $id: Now.ID['atf-property-mappings-bad-find'],
            table: 'sys_properties',
            fieldValues: 'name=x_gcer.genesys.queue_mappings',
            assert: 'records_match_query',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf-property-mappings-bad-update'],
            table: 'sys_properties',
            recordId: property.first_record,
            fieldValues: { value: '[{"queueId":"nope","name":"Billing"}]' },
            assert: 'record_not_updated',
        })
    }
)
