/**
 * Enum values the official SDK's TypeScript typings declare only as `string`. Taken from the
 * official Java SDK's generated models (MyPureCloud/platform-client-sdk-java,
 * build/src/main/java/com/mypurecloud/sdk/v2/model/<Model>.java, the `...Enum` of each field;
 * `OutdatedSdkVersion` is an SDK artefact, left out).
 */
export const SDK_ENUMS = {
    /** TriggerTarget.TypeEnum */
    'TriggerTarget.type': ['Workflow'],
    /** WorkflowTargetSettings.DataFormatEnum */
    'WorkflowTargetSettings.dataFormat': ['Json', 'TopLevelPrimitives'],
    /** MatchCriteria.OperatorEnum */
    'MatchCriteria.operator': [
        'GreaterThanOrEqual',
        'LessThanOrEqual',
        'Equal',
        'NotEqual',
        'LessThan',
        'GreaterThan',
        'NotIn',
        'In',
        'Contains',
        'All',
        'Exists',
        'Size',
    ],
    /** OAuthClientRequest.AuthorizedGrantTypeEnum */
    'OAuthClientRequest.authorizedGrantType': ['CODE', 'TOKEN', 'SAML2-BEARER', 'PASSWORD', 'CLIENT-CREDENTIALS'],
    /** EmailMediaParticipant.StateEnum (plus `parked`, which ParkingStateRequest.StateEnum adds). */
    'EmailMediaParticipant.state': [
        'alerting',
        'dialing',
        'contacting',
        'offering',
        'connected',
        'disconnected',
        'terminated',
        'converting',
        'uploading',
        'transmitting',
        'parked',
        'none',
    ],
    /** ParkingStateRequest.StateEnum: the two values parking uses. */
    'ParkingStateRequest.state': ['parked', 'connected'],
    /** EmailMediaParticipant.DisconnectTypeEnum */
    'EmailMediaParticipant.disconnectType': [
        'endpoint',
        'client',
        'system',
        'transfer',
        'transfer.conference',
        'transfer.consult',
        'transfer.forward',
        'transfer.noanswer',
        'transfer.notavailable',
        'transport.failure',
        'error',
        'peer',
        'other',
        'spam',
    ],
    /** EmailMediaParticipant purpose, from the model's field description ("Values can be: ..."). */
    'EmailMediaParticipant.purpose': ['agent', 'user', 'customer', 'external', 'acd', 'ivr'],
} as const
