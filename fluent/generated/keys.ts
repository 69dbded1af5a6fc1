import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    'acl-interaction-communication-id-read': {
                        table: 'sys_security_acl'
                        id: '9ffa8844309a467fa84e85e056c2471c'
                    }
                    'acl-interaction-communication-id-write': {
                        table: 'sys_security_acl'
                        id: '403327602bee4c608735e6b27aba7b41'
                    }
                    'acl-interaction-conversation-id-read': {
                        table: 'sys_security_acl'
                        id: 'a92c0da97692421b8d66059f2208b2e3'
                    }
                    'acl-interaction-conversation-id-write': {
                        table: 'sys_security_acl'
                        id: '4393ee8abbe440458fa600e8788cfe89'
                    }
                    'acl-interaction-last-confirmed-read': {
                        table: 'sys_security_acl'
                        id: '57cc4ba1dd044e309ba5ff0f637e499d'
                    }
                    'acl-interaction-last-confirmed-write': {
                        table: 'sys_security_acl'
                        id: '37fce6f5267844aa8f9de90f1ab14d35'
                    }
                    'acl-interaction-parked-until-read': {
                        table: 'sys_security_acl'
                        id: '66e12f3a117c46989de46ae55c0a5b21'
                    }
                    'acl-interaction-parked-until-write': {
                        table: 'sys_security_acl'
                        id: 'a7be6e07fcf64e79b7656f460c1378ea'
                    }
                    'acl-interaction-participant-id-read': {
                        table: 'sys_security_acl'
                        id: '85a54a591dfc47a3b70b6e550d70fcc6'
                    }
                    'acl-interaction-participant-id-write': {
                        table: 'sys_security_acl'
                        id: 'ab475d2239dc45b0a3f4245bb7e2e379'
                    }
                    'acl-interaction-pending-target-read': {
                        table: 'sys_security_acl'
                        id: '4282c769fe534994a836342a23159701'
                    }
                    'acl-interaction-pending-target-write': {
                        table: 'sys_security_acl'
                        id: '3bf3140cf8da41108ceec695ff2c8633'
                    }
                    'acl-interaction-queue-id-read': {
                        table: 'sys_security_acl'
                        id: 'c8369cf7998945669edc356509d21e81'
                    }
                    'acl-interaction-queue-id-write': {
                        table: 'sys_security_acl'
                        id: 'd33c32188c5340989e02687fb5d34574'
                    }
                    'acl-interaction-routing-status-read': {
                        table: 'sys_security_acl'
                        id: '5ba0840aa255436fb960fb70d4feaf7f'
                    }
                    'acl-interaction-routing-status-write': {
                        table: 'sys_security_acl'
                        id: 'b0ea622cbe3644fba28baa7c404170e3'
                    }
                    'acl-oauth-token-delete': {
                        table: 'sys_security_acl'
                        id: '2fda0b52afd840f5ac8c79f906ece450'
                    }
                    'acl-oauth-token-read': {
                        table: 'sys_security_acl'
                        id: 'a035eb5cfe8e48e280e281da5463eea1'
                    }
                    'acl-outbox-delete': {
                        table: 'sys_security_acl'
                        id: 'b14d967953e34795bda91708dffc69f5'
                    }
                    'acl-outbox-read': {
                        table: 'sys_security_acl'
                        id: '658adbdff25e4c0b86b661a0781c5beb'
                    }
                    'acl-outbox-write': {
                        table: 'sys_security_acl'
                        id: '51a4a3c118e2429c847e2abed3e245b2'
                    }
                    'acl-rest-genesys-events': {
                        table: 'sys_security_acl'
                        id: '9983ae570b124d508e4fa1fd645490a7'
                    }
                    'acl-routing-event-delete': {
                        table: 'sys_security_acl'
                        id: '2c6d3cd98dc641c3808e2e45eb60260d'
                    }
                    'acl-routing-event-read': {
                        table: 'sys_security_acl'
                        id: 'ee282178de7b4c38ba63cb4f0e907c15'
                    }
                    'acl-sys-user-genesys-user-id-read': {
                        table: 'sys_security_acl'
                        id: '20069755a1e04bb9a3af1d533197eb51'
                    }
                    'acl-sys-user-genesys-user-id-write': {
                        table: 'sys_security_acl'
                        id: 'af5e3ed4401645be9e1b96e0de434192'
                    }
                    'acl-transfer-ajax-execute': {
                        table: 'sys_security_acl'
                        id: '9b78661e047840ca87ffb08f6905c08f'
                    }
                    'atf-actions-hidden-no-role': {
                        table: 'sys_atf_test'
                        id: 'c2caa17d13d443f98369a84fe886687d'
                    }
                    'atf-actions-hidden-other-agent': {
                        table: 'sys_atf_test'
                        id: '88e2323dd7c7456e9094eaddc7b8c564'
                    }
                    'atf-create-case-case': {
                        table: 'sys_atf_step'
                        id: 'c42d022936744b1fa0048efcc075685a'
                    }
                    'atf-create-case-click': {
                        table: 'sys_atf_step'
                        id: '6074696b43744368bbbf507968ba5b36'
                    }
                    'atf-create-case-closed': {
                        table: 'sys_atf_step'
                        id: 'd0a134b5ec21484abf9cd01842f77310'
                    }
                    'atf-create-case-impersonate': {
                        table: 'sys_atf_step'
                        id: 'f66a8038df5f43c8b0be3e56a4a768b1'
                    }
                    'atf-create-case-insert': {
                        table: 'sys_atf_step'
                        id: 'b73b4eac843f4f418ecf86cbd2119f23'
                    }
                    'atf-create-case-open': {
                        table: 'sys_atf_step'
                        id: '357504469c9746dd9536427ae4b7b41f'
                    }
                    'atf-create-case-records': {
                        table: 'sys_atf_test'
                        id: '472293e86fa8449e857835f22c396b2b'
                    }
                    'atf-create-case-user': {
                        table: 'sys_atf_step'
                        id: '1a68b924a3564e0c9a1e84d2cccf2fc0'
                    }
                    'atf-no-role-check': {
                        table: 'sys_atf_step'
                        id: '7821160cf47b4046bdb6e7c10305c2d8'
                    }
                    'atf-no-role-impersonate': {
                        table: 'sys_atf_step'
                        id: '92595e37e1b34e2fb0a21b04d44b33a2'
                    }
                    'atf-no-role-insert': {
                        table: 'sys_atf_step'
                        id: '46ee4ffedf8e4e46b4412d0921f7be30'
                    }
                    'atf-no-role-open': {
                        table: 'sys_atf_step'
                        id: '46914515c2c242a7bf3a8572370ff308'
                    }
                    'atf-no-role-user': {
                        table: 'sys_atf_step'
                        id: '2b618257fa344f74a9fc21dc177e866c'
                    }
                    'atf-other-agent-check': {
                        table: 'sys_atf_step'
                        id: '93337e390d9f43d68870b6086df7e206'
                    }
                    'atf-other-agent-impersonate': {
                        table: 'sys_atf_step'
                        id: '02e4a1013358421e95d7aaad0eed935f'
                    }
                    'atf-other-agent-insert': {
                        table: 'sys_atf_step'
                        id: 'c8c37e7cc55a4df4810c38bb6bafc4fd'
                    }
                    'atf-other-agent-open': {
                        table: 'sys_atf_step'
                        id: '53f7c1e97021474eabc16e133c37c6f2'
                    }
                    'atf-other-agent-other': {
                        table: 'sys_atf_step'
                        id: '2f342fa4dba242da995e6308f0b3d26f'
                    }
                    'atf-other-agent-owner': {
                        table: 'sys_atf_step'
                        id: '417de415856b41579c02a6d181284ff9'
                    }
                    'atf-property-mappings-bad': {
                        table: 'sys_atf_test'
                        id: 'b015a23dbfbc49f9a38b0ece0a6415d6'
                    }
                    'atf-property-mappings-bad-find': {
                        table: 'sys_atf_step'
                        id: 'a490fa72bbef452ca914ba9ce68cd374'
                    }
                    'atf-property-mappings-bad-update': {
                        table: 'sys_atf_step'
                        id: '15d3ee1e522849bc9d8dc7f7ac844fb5'
                    }
                    'atf-property-mappings-good': {
                        table: 'sys_atf_test'
                        id: '970741864fa54c0d96a08ef4d71007f2'
                    }
                    'atf-property-mappings-good-find': {
                        table: 'sys_atf_step'
                        id: 'bc68acd2647844698ef9bb6c6e53544c'
                    }
                    'atf-property-mappings-good-update': {
                        table: 'sys_atf_step'
                        id: 'eb82f3b3957e4e4b92dfc9c499bb69e0'
                    }
                    'atf-property-timeout-bad': {
                        table: 'sys_atf_test'
                        id: '78cf689f73034e07a03040d6161f7cea'
                    }
                    'atf-property-timeout-bad-check': {
                        table: 'sys_atf_step'
                        id: '7c90b05a58104a45968fd4928bfa3703'
                    }
                    'atf-property-timeout-bad-find': {
                        table: 'sys_atf_step'
                        id: '31a412fe56314fcd9e9cf73c238341f1'
                    }
                    'atf-property-timeout-bad-update': {
                        table: 'sys_atf_step'
                        id: '974f040b60434828b04578568a18f413'
                    }
                    'atf-property-timeout-good': {
                        table: 'sys_atf_test'
                        id: '0d6c0075978f47708439a550ba5ffe33'
                    }
                    'atf-property-timeout-good-check': {
                        table: 'sys_atf_step'
                        id: '5a7336af60f34ad2b7cfe2ac5c689163'
                    }
                    'atf-property-timeout-good-find': {
                        table: 'sys_atf_step'
                        id: '1109eed3f9984dd58a2a1ad52640d81f'
                    }
                    'atf-property-timeout-good-update': {
                        table: 'sys_atf_step'
                        id: 'ad266148ed4d4b5a95a295ac000ddace'
                    }
                    'atf-rest-bad-body-payload': {
                        table: 'sys_atf_step'
                        id: '79fdd450ed744094a3283e333a9a49fb'
                    }
                    'atf-rest-bad-body-send': {
                        table: 'sys_atf_step'
                        id: 'f5cc6051044a4b079d4741947386ce48'
                    }
                    'atf-rest-bad-body-status': {
                        table: 'sys_atf_step'
                        id: 'df7f0f6d02d64352aa9e897c25efb271'
                    }
                    'atf-rest-bad-body-user': {
                        table: 'sys_atf_step'
                        id: 'd5c5eb18e4e14484804cc91eba854d44'
                    }
                    'atf-rest-events-bad-body': {
                        table: 'sys_atf_test'
                        id: '8ef8a0e2c3704363acea1cdc4e1315e5'
                    }
                    'atf-rest-events-forbidden': {
                        table: 'sys_atf_test'
                        id: 'f0e76a52ae454bd99bfe0bc4d0b4396e'
                    }
                    'atf-rest-forbidden-send': {
                        table: 'sys_atf_step'
                        id: '400eb4f0df2f4f9890006fe27d78e82b'
                    }
                    'atf-rest-forbidden-status': {
                        table: 'sys_atf_step'
                        id: '33829a072dd8481fa4883590e24a76f5'
                    }
                    'atf-rest-forbidden-user': {
                        table: 'sys_atf_step'
                        id: '9575c2498a06416d8e72384a9bff34c9'
                    }
                    'atf-resume-hidden-check': {
                        table: 'sys_atf_step'
                        id: '59bc5268fcf946e59f3bdb5b85dbebcb'
                    }
                    'atf-resume-hidden-connected': {
                        table: 'sys_atf_test'
                        id: '42a1069c6a8141739dcfc71eedd37c66'
                    }
                    'atf-resume-hidden-impersonate': {
                        table: 'sys_atf_step'
                        id: 'a6e7f81a4cab498f9d13d7e75d106c56'
                    }
                    'atf-resume-hidden-insert': {
                        table: 'sys_atf_step'
                        id: '74debf206b884e6290a52b669f32c59b'
                    }
                    'atf-resume-hidden-open': {
                        table: 'sys_atf_step'
                        id: '08a9ceaf7d2347bdae1db89ea4b9cc4f'
                    }
                    'atf-resume-hidden-user': {
                        table: 'sys_atf_step'
                        id: 'ad8b562c021d46039265bc92a5c9b5e9'
                    }
                    'atf-resume-visible-check': {
                        table: 'sys_atf_step'
                        id: '5bdb22dbdbdd419ea26213b063c29c7d'
                    }
                    'atf-resume-visible-impersonate': {
                        table: 'sys_atf_step'
                        id: '601d5acdc7b8484b84a448341ec8c919'
                    }
                    'atf-resume-visible-insert': {
                        table: 'sys_atf_step'
                        id: '5e39b2d789714b6b9eee71362d88f596'
                    }
                    'atf-resume-visible-open': {
                        table: 'sys_atf_step'
                        id: 'f6d1b5eaa6894b6993d815e3733c8f3d'
                    }
                    'atf-resume-visible-parked-owner': {
                        table: 'sys_atf_test'
                        id: 'db9194d024164de9af4290f91142371d'
                    }
                    'atf-resume-visible-user': {
                        table: 'sys_atf_step'
                        id: 'f902a87c75194328972134e000be7a8d'
                    }
                    'atf-retry-admin': {
                        table: 'sys_atf_step'
                        id: '013a16c45d2140ab88dd1405551cf02f'
                    }
                    'atf-retry-check-dead': {
                        table: 'sys_atf_step'
                        id: '6c0b84e090584c479d1cac8ab9cbed10'
                    }
                    'atf-retry-check-pending': {
                        table: 'sys_atf_step'
                        id: 'dce28d1f0847402483a1e8f2bf96caa6'
                    }
                    'atf-retry-impersonate': {
                        table: 'sys_atf_step'
                        id: '0f2dd3eca79f4968b8234f2ff3129323'
                    }
                    'atf-retry-insert-dead': {
                        table: 'sys_atf_step'
                        id: 'b184ff1242064007890e2f56a9ed22b0'
                    }
                    'atf-retry-insert-pending': {
                        table: 'sys_atf_step'
                        id: '61b0de3baec048c7be24b9c44c09f811'
                    }
                    'atf-retry-open-dead': {
                        table: 'sys_atf_step'
                        id: '120285439bfd4db0bc45b71b25473435'
                    }
                    'atf-retry-open-pending': {
                        table: 'sys_atf_step'
                        id: 'e43079773fc94d5e8ebbe810e527afbf'
                    }
                    'atf-retry-visible-dead': {
                        table: 'sys_atf_test'
                        id: '9000f01b39554b5eafa57ae01a1e1886'
                    }
                    'atf-setup-check-admin': {
                        table: 'sys_atf_step'
                        id: 'c8fdcb2ce2be41d89023d60628c12d97'
                    }
                    'atf-setup-check-agent': {
                        table: 'sys_atf_step'
                        id: 'ef02f7a083194e1f9691044d54d48625'
                    }
                    'atf-setup-check-agent-refused': {
                        table: 'sys_atf_test'
                        id: 'ccfd1bea6c044463bb05542c4b8c4ba1'
                    }
                    'atf-setup-check-agent-run': {
                        table: 'sys_atf_step'
                        id: 'c4b9c459bddc402c8c49e7e819fc66e3'
                    }
                    'atf-setup-check-offline': {
                        table: 'sys_atf_test'
                        id: 'd8b6eb0a452f4fd1b13a349362ce4dde'
                    }
                    'atf-setup-check-run': {
                        table: 'sys_atf_step'
                        id: '766805a30b894132b5a8f61b7d591e6f'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: 'e96fa1d672c348869a06e676e6f56155'
                    }
                    'business-rule-guard-property-values': {
                        table: 'sys_script'
                        id: '2b65081be7614cd8a188dd28c17b1776'
                    }
                    'business-rule-interaction-gate': {
                        table: 'sys_script'
                        id: 'ec454b29fd054515bea0f40769250742'
                    }
                    'event-agent-reply': {
                        table: 'sysevent_register'
                        id: 'a7a5389b836446f58d3ca238c55e13d0'
                    }
                    'event-case-created': {
                        table: 'sysevent_register'
                        id: 'f98f78939c824d638f89d1a87f2efe5c'
                    }
                    'inbound-email-customer-reply': {
                        table: 'sysevent_in_email_action'
                        id: '30406676f31f42cb988d1259503b3c0a'
                    }
                    'inbound-email-new-customer-email': {
                        table: 'sysevent_in_email_action'
                        id: '0154ae9cd95b48378761578e9d73037b'
                    }
                    'menu-genesys-email-routing': {
                        table: 'sys_app_application'
                        id: 'ade05dab8d1346228772690fdbcad63c'
                    }
                    'menu-module-agent-mapping': {
                        table: 'sys_app_module'
                        id: '30890d30d00845cd88824f77e40b8f97'
                    }
                    'menu-module-outbox': {
                        table: 'sys_app_module'
                        id: '058123073658436cbf125166c90f5775'
                    }
                    'menu-module-outbox-dead': {
                        table: 'sys_app_module'
                        id: 'ba6f0ad698ce437a90f2769103338d27'
                    }
                    'menu-module-properties': {
                        table: 'sys_app_module'
                        id: '3873ff0c7bed47a6bff8feb52b19d0b5'
                    }
                    'menu-module-routed-interactions': {
                        table: 'sys_app_module'
                        id: 'e970771dbee64b47a72a6fd2e585384d'
                    }
                    'menu-module-routing-history': {
                        table: 'sys_app_module'
                        id: '033d987cb3fc4dd79d53b669832b26d9'
                    }
                    'menu-module-setup-check': {
                        table: 'sys_app_module'
                        id: '2d404952f0384d40943b32f95a4b54ff'
                    }
                    'menu-module-stuck-interactions': {
                        table: 'sys_app_module'
                        id: 'ae9a67e33f334caaae99d48c1596271e'
                    }
                    'notification-agent-reply': {
                        table: 'sysevent_email_action'
                        id: '6fdbb897b6e34134888b7fc964387102'
                    }
                    'notification-case-created': {
                        table: 'sysevent_email_action'
                        id: '7a182108c1024cc0a3d5268de1f96933'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: 'b3844fbcb41a4736bfc8a5fdddba2adb'
                    }
                    'privilege-csm-consumer-read': {
                        table: 'sys_scope_privilege'
                        id: '7f5a4f4eef564045a06931222f628131'
                    }
                    'privilege-customer-contact-read': {
                        table: 'sys_scope_privilege'
                        id: 'efe73c01f4d84a6bba08b460b799678a'
                    }
                    'privilege-interaction-create': {
                        table: 'sys_scope_privilege'
                        id: '266bb1ce4c1942f285d602a194b80b57'
                    }
                    'privilege-interaction-read': {
                        table: 'sys_scope_privilege'
                        id: '2830db970f7a4f74bbe459aa92ec9d3e'
                    }
                    'privilege-interaction-related-record-create': {
                        table: 'sys_scope_privilege'
                        id: '77ce045738994871895ad07262388753'
                    }
                    'privilege-interaction-write': {
                        table: 'sys_scope_privilege'
                        id: '94e6907afa244461b00a5ac4e7b86ae3'
                    }
                    'privilege-sn-customerservice-case-create': {
                        table: 'sys_scope_privilege'
                        id: '66ad0c5ad16342cf8cfb2c25c186d75c'
                        deleted: true
                    }
                    'privilege-sn-customerservice-case-delete': {
                        table: 'sys_scope_privilege'
                        id: 'e6e512f7bfd1412c88f4d44f97fcd3c9'
                        deleted: true
                    }
                    'privilege-sn-customerservice-case-read': {
                        table: 'sys_scope_privilege'
                        id: 'e2aa64f4d116456ba075a00fb8f5c98c'
                        deleted: true
                    }
                    'privilege-sys-email-read': {
                        table: 'sys_scope_privilege'
                        id: '0faa72eb5e304def97d717ed64ad7853'
                    }
                    'privilege-sys-email-write': {
                        table: 'sys_scope_privilege'
                        id: 'a4560d31e0a14de198b3eeccc41bba90'
                        deleted: true
                    }
                    'privilege-sys-hub-flow-read': {
                        table: 'sys_scope_privilege'
                        id: '2e35305370de4965b2e5f39f3c924146'
                    }
                    'privilege-sys-user-read': {
                        table: 'sys_scope_privilege'
                        id: '3d87e495aa084de1b1f360b5d7a3baad'
                    }
                    'properties-category': {
                        table: 'sys_properties_category'
                        id: 'fa5bdb7e8fd24eee83b7fcfb6725d0cd'
                    }
                    'property-api-max-payload-bytes': {
                        table: 'sys_properties'
                        id: 'a13551cc8a7c483b99fed714bd60f809'
                    }
                    'property-api-max-payload-bytes-category': {
                        table: 'sys_properties_category_m2m'
                        id: '352026813afe48debfe62ab6678fa83c'
                    }
                    'property-email-inbound-addresses': {
                        table: 'sys_properties'
                        id: 'dd35050d332740208cfba70866548db3'
                    }
                    'property-email-inbound-addresses-category': {
                        table: 'sys_properties_category_m2m'
                        id: '838bf0f3b0ca4ea48290153cb8d35b9f'
                    }
                    'property-genesys-credential-alias': {
                        table: 'sys_properties'
                        id: '0aae133b59204b5eb8797237b8afc36b'
                    }
                    'property-genesys-credential-alias-category': {
                        table: 'sys_properties_category_m2m'
                        id: 'f0d449f064884e7fbe2918f6d66badcf'
                    }
                    'property-genesys-default-queue-id': {
                        table: 'sys_properties'
                        id: '6d106ef15b884b5c87bd317a3e4140d9'
                    }
                    'property-genesys-default-queue-id-category': {
                        table: 'sys_properties_category_m2m'
                        id: 'b2b3206e22404abd91b9ed70049a7b2e'
                    }
                    'property-genesys-environment': {
                        table: 'sys_properties'
                        id: '1646fad3f8a2482faf29ff5044829c6a'
                    }
                    'property-genesys-environment-category': {
                        table: 'sys_properties_category_m2m'
                        id: 'cb7f404e94db48b2956813e7fa885b3d'
                    }
                    'property-genesys-provider': {
                        table: 'sys_properties'
                        id: '6c1aad7cb2ab4f958eec90300fc38315'
                    }
                    'property-genesys-provider-category': {
                        table: 'sys_properties_category_m2m'
                        id: '8502859f37e347e08a7f86a52306fc1d'
                    }
                    'property-genesys-queue-mappings': {
                        table: 'sys_properties'
                        id: '583456876c4a416ea84b113a7d28a6d6'
                    }
                    'property-genesys-queue-mappings-category': {
                        table: 'sys_properties_category_m2m'
                        id: '8ac748a126934b888dec302f1b7ea3da'
                    }
                    'property-http-timeout-ms': {
                        table: 'sys_properties'
                        id: 'cc80864f43f64a01b69cfcbe7e115429'
                    }
                    'property-http-timeout-ms-category': {
                        table: 'sys_properties_category_m2m'
                        id: '6992d41833da4588abec1c39180d6f42'
                    }
                    'property-integration-user-name': {
                        table: 'sys_properties'
                        id: '9ecaa074497741e089bbec735e04d768'
                    }
                    'property-integration-user-name-category': {
                        table: 'sys_properties_category_m2m'
                        id: 'c3a8caf31aaf444d92213c7e35763e4a'
                    }
                    'property-outbox-base-delay-seconds': {
                        table: 'sys_properties'
                        id: 'f5ade689a8db4365af04005d8cd6e343'
                    }
                    'property-outbox-base-delay-seconds-category': {
                        table: 'sys_properties_category_m2m'
                        id: '5d9a72f5a6b940ba87514936da4aa168'
                    }
                    'property-outbox-max-attempts': {
                        table: 'sys_properties'
                        id: 'df4f42adc99e4b87b93f8ecdb75f6869'
                    }
                    'property-outbox-max-attempts-category': {
                        table: 'sys_properties_category_m2m'
                        id: '488d719ea55c4d04a36b6d255b4a5d2e'
                    }
                    'property-reconcile-max-per-run': {
                        table: 'sys_properties'
                        id: '433e5fc01305425f82280414297b2bbd'
                    }
                    'property-reconcile-max-per-run-category': {
                        table: 'sys_properties_category_m2m'
                        id: '5f892cafa0a2420fa16e26ca13f71c3e'
                    }
                    'property-reconcile-stale-after-seconds': {
                        table: 'sys_properties'
                        id: 'a4f9c85e12d94ea1a75bad1b00fd4de7'
                    }
                    'property-reconcile-stale-after-seconds-category': {
                        table: 'sys_properties_category_m2m'
                        id: '1c40983ed0234e12b31b685776ecac8c'
                    }
                    'property-retry-interactive-budget-ms': {
                        table: 'sys_properties'
                        id: '3dca6f7db46a415e8063abfa2655db9b'
                    }
                    'property-retry-interactive-budget-ms-category': {
                        table: 'sys_properties_category_m2m'
                        id: '63f919f30133486598f1eb5af1751343'
                    }
                    'property-retry-interactive-max-attempts': {
                        table: 'sys_properties'
                        id: '477b9ac57e844187bf7dff8025baa174'
                    }
                    'property-retry-interactive-max-attempts-category': {
                        table: 'sys_properties_category_m2m'
                        id: '12e46d0b37314827b67727a28490f0eb'
                    }
                    'property-wrapup-case-created': {
                        table: 'sys_properties'
                        id: '3e88c53076474a15af1b6c5eb3c9e072'
                    }
                    'property-wrapup-case-created-category': {
                        table: 'sys_properties_category_m2m'
                        id: 'df38e3dbc2984425bba1fa1b8f740dca'
                    }
                    'property-wrapup-default-disconnect': {
                        table: 'sys_properties'
                        id: '65ec4e22b6bb42b2ad1c8ad01dcfb6ab'
                    }
                    'property-wrapup-default-disconnect-category': {
                        table: 'sys_properties_category_m2m'
                        id: 'eac8fd35716b407ead26e6491dfdb735'
                    }
                    'rest-genesys-events': {
                        table: 'sys_ws_definition'
                        id: '6d934a72df87437cb71793e0a2cf5ce4'
                    }
                    'rest-genesys-events-agent-assigned': {
                        table: 'sys_ws_operation'
                        id: 'a73756696ae94c2b8ac4edf0c3cb5039'
                        deleted: true
                    }
                    'rest-genesys-events-conversation-ended': {
                        table: 'sys_ws_operation'
                        id: '84e122ba42b54c69a71a7fea83edaaf9'
                        deleted: true
                    }
                    'rest-genesys-events-event': {
                        table: 'sys_ws_operation'
                        id: 'afe21ef9f948484bbff26472968b66ec'
                    }
                    'scheduled-outbox-job': {
                        table: 'sysauto_script'
                        id: '64007fe146e44cc18879c7e040e131be'
                    }
                    'scheduled-reconcile-job': {
                        table: 'sysauto_script'
                        id: '281842f23ffd44119d0f29ada0589d5b'
                    }
                    'script-include-genesys-email-routing': {
                        table: 'sys_script_include'
                        id: '42d21fcc4a9b4239ae0afed18ce2dfde'
                    }
                    'script-include-genesys-email-routing-ajax': {
                        table: 'sys_script_include'
                        id: '1a7f5359793448a7b46309525b39e732'
                    }
                    'src_app_action-result_ts': {
                        table: 'sys_module'
                        id: 'c0cfd2c69243424fae110837b01354f3'
                    }
                    'src_app_actor-rules_ts': {
                        table: 'sys_module'
                        id: '00a90428da814599b0af735aa22f2d75'
                    }
                    'src_app_agent-reply_ts': {
                        table: 'sys_module'
                        id: '6ec05009917f4493bc245f025ea0a656'
                    }
                    'src_app_app-error_ts': {
                        table: 'sys_module'
                        id: '1b4c1b17075e4931b6240a4b0e31dd7e'
                    }
                    src_app_backoff_ts: {
                        table: 'sys_module'
                        id: '0e2e5e46ad8c4922b6d6b2ae131c426d'
                    }
                    'src_app_case-draft_ts': {
                        table: 'sys_module'
                        id: '981fa42a7ffa4c359112ba35bf1e62b6'
                    }
                    'src_app_config-checks_ts': {
                        table: 'sys_module'
                        id: '0f8ae2ec50a9487b9333505149a0c660'
                    }
                    'src_app_eventual-delivery_ts': {
                        table: 'sys_module'
                        id: 'bffa62ecbfe346b0935f92318e49eb38'
                        deleted: true
                    }
                    'src_app_follow-up_ts': {
                        table: 'sys_module'
                        id: 'cfcf63ba8073405eb00c63fc40987db9'
                    }
                    'src_app_form-change_ts': {
                        table: 'sys_module'
                        id: '3ffb1e39cfc841e7a0dbc9425eb59338'
                    }
                    'src_app_genesys-first_ts': {
                        table: 'sys_module'
                        id: '23e1eaf74a9c4d129db9761d5d9b9597'
                        deleted: true
                    }
                    'src_app_genesys-link_ts': {
                        table: 'sys_module'
                        id: '21e52f5096464c1c8b9caff065bde22e'
                        deleted: true
                    }
                    'src_app_genesys-messages_ts': {
                        table: 'sys_module'
                        id: '7a4df948e0ae46b29a2d18f66a49c33c'
                    }
                    'src_app_genesys-operation_ts': {
                        table: 'sys_module'
                        id: '64850d45bd20456c841887ffc158dd57'
                        deleted: true
                    }
                    'src_app_genesys-view_ts': {
                        table: 'sys_module'
                        id: 'c2f585fd130e4cfcb7420cb672ff2094'
                    }
                    src_app_history_ts: {
                        table: 'sys_module'
                        id: '200adb1e9f364380b596d37b2b092a76'
                    }
                    src_app_index_ts: {
                        table: 'sys_module'
                        id: 'a4b9849c80994c7a8a4a047d6ea8c3e1'
                        deleted: true
                    }
                    'src_app_input-checks_ts': {
                        table: 'sys_module'
                        id: '4452f00b34cf43c0b2b268dda76f4136'
                    }
                    src_app_outbox_ts: {
                        table: 'sys_module'
                        id: '284c2c6889424fe8b3545e21ac365777'
                    }
                    'src_app_outbox-payload_ts': {
                        table: 'sys_module'
                        id: 'e2be7498bf5e4f25aae3b397194caf70'
                    }
                    'src_app_outbox-processor_ts': {
                        table: 'sys_module'
                        id: '18da28627aaa4dbeae90809a3ca69602'
                        deleted: true
                    }
                    src_app_ports_ts: {
                        table: 'sys_module'
                        id: '121c721d1efc401dbbbdf73309f5834f'
                    }
                    src_app_reconcile_ts: {
                        table: 'sys_module'
                        id: '4ced663b40934187bdc8587df6b825da'
                    }
                    'src_app_routing-deps_ts': {
                        table: 'sys_module'
                        id: 'f1b559a9969e4bb29512f6e11d93fbc0'
                    }
                    'src_app_routing-service_ts': {
                        table: 'sys_module'
                        id: 'fc2dc7af78294329be88cefd0f8e08f3'
                    }
                    'src_app_run-transition_ts': {
                        table: 'sys_module'
                        id: 'd7d4613e81b545369f644736de99ccac'
                    }
                    'src_app_setup-check_ts': {
                        table: 'sys_module'
                        id: '05c5806d9a4d4a4eb0d8975763ac2502'
                    }
                    'src_app_setup-check-probes_ts': {
                        table: 'sys_module'
                        id: '8d628640a37444da930abe66aaf8af9e'
                    }
                    'src_app_setup-check-table_ts': {
                        table: 'sys_module'
                        id: '5016e0643c444cd49a2e29fe8a44518e'
                    }
                    'src_app_unclear-answer_ts': {
                        table: 'sys_module'
                        id: 'd1cb7eca02ca458c9fe1f24093c78521'
                    }
                    'src_app_use-cases_abandoned_ts': {
                        table: 'sys_module'
                        id: '8489cf0b025c459388e654fe1aeb73ce'
                        deleted: true
                    }
                    'src_app_use-cases_agent-action_ts': {
                        table: 'sys_module'
                        id: '2edaa423edb9410c8a6570da68cdd9a5'
                    }
                    'src_app_use-cases_agent-assigned_ts': {
                        table: 'sys_module'
                        id: '4d833f635e1a46dda7c0c83e675ace26'
                        deleted: true
                    }
                    'src_app_use-cases_close-and-disconnect_ts': {
                        table: 'sys_module'
                        id: 'c7d133220194424c9dd1b61c482520d1'
                        deleted: true
                    }
                    'src_app_use-cases_conversation-ended_ts': {
                        table: 'sys_module'
                        id: '76d6a8939fc348f888af9ed5b280dfbf'
                        deleted: true
                    }
                    'src_app_use-cases_create-case_ts': {
                        table: 'sys_module'
                        id: 'c5a17f0566b04dc8a4faa8d52c4ddf96'
                    }
                    'src_app_use-cases_customer-reply_ts': {
                        table: 'sys_module'
                        id: '143917d7e5754e589777df878878088f'
                    }
                    'src_app_use-cases_disconnect_ts': {
                        table: 'sys_module'
                        id: 'ad0fc670cd3e48b7831fd25273b9f816'
                    }
                    'src_app_use-cases_email-received_ts': {
                        table: 'sys_module'
                        id: 'fff7a3f98d874c1989a1e9e4b202cc42'
                    }
                    'src_app_use-cases_genesys-event_ts': {
                        table: 'sys_module'
                        id: 'bac9d2fd4e0745b49994860a5c99b7f9'
                    }
                    'src_app_use-cases_held-interaction_ts': {
                        table: 'sys_module'
                        id: 'cd0d410c7f0044a985fa55d6ddfd0074'
                    }
                    'src_app_use-cases_hold-resume_ts': {
                        table: 'sys_module'
                        id: 'f2710c4e25964b5ebd3556091d3e6625'
                    }
                    'src_app_use-cases_observe-genesys_ts': {
                        table: 'sys_module'
                        id: '65c46bb536aa45618fd614ad36a5f5a9'
                    }
                    'src_app_use-cases_open-interaction_ts': {
                        table: 'sys_module'
                        id: '28d1f8575ad4444194dde54c2fe724de'
                    }
                    'src_app_use-cases_park-until_ts': {
                        table: 'sys_module'
                        id: '1bd3c5b89680489d8eaa57cf6c03727e'
                    }
                    'src_app_use-cases_route-new-interaction_ts': {
                        table: 'sys_module'
                        id: 'e959ef5b5aec43c8954433057c344829'
                        deleted: true
                    }
                    'src_app_use-cases_transfer_ts': {
                        table: 'sys_module'
                        id: 'f26f224b51764db08028d1d8e8628703'
                    }
                    'src_app_use-cases_transfer-options_ts': {
                        table: 'sys_module'
                        id: '1f2e438559474674a28a0091440aca45'
                    }
                    'src_app_use-cases_wrapup-options_ts': {
                        table: 'sys_module'
                        id: '3b40a7cbc42744bf94f9a04e0eea85f1'
                    }
                    'src_domain_genesys-command_ts': {
                        table: 'sys_module'
                        id: '3955e0decae1421a9a3e2e29b2c78b47'
                    }
                    'src_domain_genesys-id_ts': {
                        table: 'sys_module'
                        id: 'd61e699d1ce8417ba6e6d43302a885d1'
                    }
                    src_domain_mailboxes_ts: {
                        table: 'sys_module'
                        id: '57eb0f473ef8491d956fcaef804eeeba'
                    }
                    'src_domain_queue-mappings_ts': {
                        table: 'sys_module'
                        id: 'd1505e9e16cf41abbed410704733f4ae'
                    }
                    src_domain_result_ts: {
                        table: 'sys_module'
                        id: 'c67f799661284c98b4fe5a764cd9097c'
                    }
                    'src_domain_routing-effect_ts': {
                        table: 'sys_module'
                        id: '4ddef8896a9f442d8da0b59eb0349e97'
                        deleted: true
                    }
                    'src_domain_routing-event_ts': {
                        table: 'sys_module'
                        id: '592b43cf661640e8bca37aa4c39540cc'
                    }
                    'src_domain_routing-machine_ts': {
                        table: 'sys_module'
                        id: '95d3770d75e64310b584cf994585a618'
                    }
                    'src_domain_routing-status_ts': {
                        table: 'sys_module'
                        id: 'bb0c277c6d5243baa524df5e65b87a2e'
                    }
                    'src_domain_sys-id_ts': {
                        table: 'sys_module'
                        id: '9caa5d65e5f7472d9c125d5dc3e71cbc'
                        deleted: true
                    }
                    'src_domain_transfer-target_ts': {
                        table: 'sys_module'
                        id: '33fb2491e5d84e9fb3fd357fe342a392'
                    }
                    'src_domain_transfer-targets_ts': {
                        table: 'sys_module'
                        id: '6e5ba516cccc4c8286426952b7e8ede6'
                    }
                    'src_genesys_api-caller_ts': {
                        table: 'sys_module'
                        id: '04694a12ac974ac08cac22285c1d2ebf'
                    }
                    src_genesys_base64_ts: {
                        table: 'sys_module'
                        id: '59ccc0e58c574ba18e788b44be2df7f3'
                    }
                    'src_genesys_error-mapping_ts': {
                        table: 'sys_module'
                        id: '1a5db82b37a1435c9669a74e569182a4'
                    }
                    'src_genesys_find-by-attribute_ts': {
                        table: 'sys_module'
                        id: 'd3662b1264794c90bff5308c6d5922f2'
                    }
                    'src_genesys_genesys-api_ts': {
                        table: 'sys_module'
                        id: '8b23a0d9332e4cceb0e55dee0d1d2860'
                    }
                    'src_genesys_genesys-client_ts': {
                        table: 'sys_module'
                        id: '685cd49ad9894583b48fd999b82b429c'
                    }
                    'src_genesys_genesys-environments_ts': {
                        table: 'sys_module'
                        id: '6a267562b83747dead9bb9d6fbe18ed2'
                    }
                    'src_genesys_genesys-error_ts': {
                        table: 'sys_module'
                        id: '4b2b0cd3117b42dbb60b019ecb844078'
                    }
                    'src_genesys_genesys-paths_ts': {
                        table: 'sys_module'
                        id: '966db94daebc49ea80616a47305cebf1'
                    }
                    'src_genesys_genesys-ports_ts': {
                        table: 'sys_module'
                        id: '596beaf144704cd9a2e4ae25dbdece2b'
                    }
                    'src_genesys_http-transport_ts': {
                        table: 'sys_module'
                        id: '8db0fc04396449808147dfdcbf853b6a'
                    }
                    src_genesys_json_ts: {
                        table: 'sys_module'
                        id: 'bbd90ae2d5b945b3bd58b71e62803c66'
                    }
                    src_genesys_paging_ts: {
                        table: 'sys_module'
                        id: '445139b60f8a4d9e864434dcb1761d11'
                    }
                    src_genesys_redaction_ts: {
                        table: 'sys_module'
                        id: '086f537886b046f9836173d0b4ce297f'
                    }
                    'src_genesys_response-parsing_ts': {
                        table: 'sys_module'
                        id: '4156fc00e0f6494f9f8bc99da9885d37'
                    }
                    'src_genesys_retry-policy_ts': {
                        table: 'sys_module'
                        id: '341204a4012b45e1a3b0d713f45ff880'
                    }
                    'src_genesys_retrying-exchange_ts': {
                        table: 'sys_module'
                        id: '65bf80968c004aa0a5875a14d0c952c3'
                    }
                    'src_genesys_send-command_ts': {
                        table: 'sys_module'
                        id: '678c07a1c2884c86921474ac47467b93'
                    }
                    'src_genesys_token-manager_ts': {
                        table: 'sys_module'
                        id: '36e11838bef9486cbe07a6c5c8c3a96b'
                    }
                    'src_genesys_url-encoding_ts': {
                        table: 'sys_module'
                        id: '19194cc1d2494c9aa67b1655d0e0f18c'
                    }
                    'src_platform_agent-directory_ts': {
                        table: 'sys_module'
                        id: 'eee8a16a83bd44ae8a4dd3a1aa9793a9'
                    }
                    'src_platform_case-notifier_ts': {
                        table: 'sys_module'
                        id: 'ff901053f6274e809d9d803bc67c7c1d'
                    }
                    'src_platform_case-service_ts': {
                        table: 'sys_module'
                        id: 'f2056848be414f5489064872b5d3df97'
                    }
                    'src_platform_current-actor_ts': {
                        table: 'sys_module'
                        id: '09478597d49f4df8923ac47fdeb57494'
                    }
                    'src_platform_email_agent-reply-mail_ts': {
                        table: 'sys_module'
                        id: '3430eda3759c48eabc0b69434f67142d'
                    }
                    'src_platform_email_customer-lookup_ts': {
                        table: 'sys_module'
                        id: '94c734606f0242669c7f2addd010f8aa'
                    }
                    'src_platform_email_email-intake_ts': {
                        table: 'sys_module'
                        id: '654b8cfbd68e4bbab3c8029dedda53e8'
                    }
                    'src_platform_email_email-interaction-coexistence_ts': {
                        table: 'sys_module'
                        id: '8d043499158f45199e744f15aaed5eca'
                    }
                    'src_platform_email_email-link_ts': {
                        table: 'sys_module'
                        id: '961f5c8fa59248c699b557bd78db4338'
                        deleted: true
                    }
                    'src_platform_email_follow-up-attachments_ts': {
                        table: 'sys_module'
                        id: '0883aab9f9874157955676f5cee5ef5e'
                    }
                    'src_platform_email_inbound-email_ts': {
                        table: 'sys_module'
                        id: 'af86b017571e449599e5011620794a55'
                    }
                    'src_platform_email_inbound-interaction-repository_ts': {
                        table: 'sys_module'
                        id: '01ee0550ee804b08998a4e2ae4f9c0ea'
                    }
                    'src_platform_email_new-email-filter_ts': {
                        table: 'sys_module'
                        id: '0c15c62d8b78464ab6d5c1c426a7fd47'
                    }
                    'src_platform_genesys_alias-credential-lookup_ts': {
                        table: 'sys_module'
                        id: '5329555b316e4f9aba4af4d6070e50b7'
                    }
                    'src_platform_genesys_credentials-provider_ts': {
                        table: 'sys_module'
                        id: 'c5a6b3ed0f444b8a8856e2e080798fda'
                    }
                    'src_platform_genesys_platform-genesys-api_ts': {
                        table: 'sys_module'
                        id: '7f2a600334e447c7a5783e0d0b373dcd'
                    }
                    'src_platform_genesys_token-store_ts': {
                        table: 'sys_module'
                        id: '5dcda7e0f5a24c0dbd87ec58629bb6f2'
                    }
                    'src_platform_genesys_unconfigured-genesys-api_ts': {
                        table: 'sys_module'
                        id: 'aac5a79aabe4448eb3e13aeaca7e4cd6'
                    }
                    'src_platform_glide_date-time_ts': {
                        table: 'sys_module'
                        id: '1cda7e0824d144228dafd2a682b2f2f6'
                    }
                    'src_platform_glide_insert-failure_ts': {
                        table: 'sys_module'
                        id: 'cd1ad4cbff8f451fa892a00da4b3af56'
                    }
                    'src_platform_glide_modal-date-time_ts': {
                        table: 'sys_module'
                        id: '4bc556bb25bf41fc8be4ef9bc11ef6ec'
                    }
                    'src_platform_glide_record-values_ts': {
                        table: 'sys_module'
                        id: 'dced1464062040fbab49a05bc1a89b16'
                    }
                    'src_platform_interaction-gate_ts': {
                        table: 'sys_module'
                        id: '930625eb5f5244b795e1b960abbc99f9'
                    }
                    'src_platform_interaction-repository_ts': {
                        table: 'sys_module'
                        id: '52c2dce512484b2895c368b349a89af0'
                    }
                    'src_platform_outbox-budget_ts': {
                        table: 'sys_module'
                        id: 'd9db4b4f46804a71a3957c3691dc14b6'
                        deleted: true
                    }
                    'src_platform_outbox-requeue_ts': {
                        table: 'sys_module'
                        id: '6e24be7b90834d59a9ea04f8b996552d'
                        deleted: true
                    }
                    'src_platform_outbox-store_ts': {
                        table: 'sys_module'
                        id: '2e325a7c9e354ad7b840e74a4bbc3f34'
                    }
                    'src_platform_platform-routing-deps_ts': {
                        table: 'sys_module'
                        id: '71122838ec3442398119a876f7d43ab0'
                        deleted: true
                    }
                    'src_platform_property-names_ts': {
                        table: 'sys_module'
                        id: 'aec39d488fc648f18c713e55b01453f4'
                    }
                    'src_platform_rest_api-error_ts': {
                        table: 'sys_module'
                        id: '4219d2c7a81e4af79adee9382c7274a3'
                    }
                    'src_platform_rest_app-error-status_ts': {
                        table: 'sys_module'
                        id: 'd40cc5526e984ce8bf2b18640f6983b8'
                    }
                    'src_platform_rest_genesys-event-request_ts': {
                        table: 'sys_module'
                        id: '057c2e6c238b4ec08cae9e137e581c47'
                    }
                    'src_platform_rest_genesys-events-endpoint_ts': {
                        table: 'sys_module'
                        id: '93caa757f4664005a765a5de02aac0c1'
                    }
                    'src_platform_rest_rest-io_ts': {
                        table: 'sys_module'
                        id: '7ee1baaa8820451091619bb908eb70d5'
                    }
                    'src_platform_rest_utf8-length_ts': {
                        table: 'sys_module'
                        id: '6a9ab43a91d646e4bad34173a8f2da7e'
                    }
                    'src_platform_rest-message-transport_ts': {
                        table: 'sys_module'
                        id: '4662046c21b24aebadcd299e0aa96d4a'
                    }
                    'src_platform_routing-event-log_ts': {
                        table: 'sys_module'
                        id: 'b8d9b697987b4096addb1ea21bc71255'
                    }
                    'src_platform_settings_genesys-settings_ts': {
                        table: 'sys_module'
                        id: '515c763bc45a4347af1da7d2c33f5ebb'
                    }
                    'src_platform_settings_inbound-mailboxes_ts': {
                        table: 'sys_module'
                        id: '2674b0c4f8db4cf79ff52c6a590cb511'
                    }
                    'src_platform_settings_integer-property_ts': {
                        table: 'sys_module'
                        id: '1281b5e05c1242f6a3db735755011002'
                    }
                    'src_platform_settings_payload-limit_ts': {
                        table: 'sys_module'
                        id: '49a0d5389f0e48e88c453197cc25f830'
                    }
                    'src_platform_settings_property-change_ts': {
                        table: 'sys_module'
                        id: '66f59f58a179404bb0d9b8d794df5589'
                    }
                    'src_platform_settings_property-guard_ts': {
                        table: 'sys_module'
                        id: '64a4d138899c4676a324cc3b3c62c4dd'
                    }
                    'src_platform_settings_property-source_ts': {
                        table: 'sys_module'
                        id: '0ae0eb9717e547cb8c9378cee567e058'
                    }
                    'src_platform_settings_reconcile-limits_ts': {
                        table: 'sys_module'
                        id: 'bfba6c4dea2d42289cd622ef8da7c027'
                    }
                    'src_platform_settings_retry-policies_ts': {
                        table: 'sys_module'
                        id: 'ade07763d41546c4bdb3e670c8d38b2a'
                    }
                    'src_platform_settings_routing-config_ts': {
                        table: 'sys_module'
                        id: '769134ddc4a9440bb75baa6c3bf65bf7'
                    }
                    'src_platform_settings_setting-rules_ts': {
                        table: 'sys_module'
                        id: '782d7f43ad134ae98c2e400786d6812e'
                    }
                    'src_platform_settings_settings-problem_ts': {
                        table: 'sys_module'
                        id: 'b107c08a7b57412b9b5f3a12cb652fc4'
                    }
                    'src_platform_setup_platform-facts_ts': {
                        table: 'sys_module'
                        id: '2218e9e81d2f435eb8fbbaa3df96aa29'
                    }
                    'src_platform_system-clock_ts': {
                        table: 'sys_module'
                        id: '19e0cbf774fe454b96a72cddc424d9bf'
                    }
                    'src_platform_system-logger_ts': {
                        table: 'sys_module'
                        id: 'adb35d575456420c87b85b93af695f63'
                    }
                    'src_platform_ui_show-agent-reply_ts': {
                        table: 'sys_module'
                        id: 'cfc6f18f7b01407a806f217a13e7e111'
                    }
                    'src_platform_ui_workspace-routing_ts': {
                        table: 'sys_module'
                        id: 'd0beed7ca5ae4ad596c3279b3d8a80ec'
                        deleted: true
                    }
                    'src_server_agent-reply_ts': {
                        table: 'sys_module'
                        id: 'bbda56c4480c44b7b3515db3da90c7c9'
                    }
                    'src_server_composition-root_ts': {
                        table: 'sys_module'
                        id: '08629ac8df3042109ff614d656ef7104'
                    }
                    'src_server_genesys-events-api_ts': {
                        table: 'sys_module'
                        id: 'ba7da4acef314fc981a85bf975af4f84'
                    }
                    'src_server_inbound-email_ts': {
                        table: 'sys_module'
                        id: '9003a7c493a54eff91160f6849561110'
                    }
                    'src_server_interaction-gate-rule_ts': {
                        table: 'sys_module'
                        id: '2478ce2fb5294eb0a58b354a98a118f2'
                    }
                    'src_server_outbox-job_ts': {
                        table: 'sys_module'
                        id: '00253d87ae78439c8db39e6390877f67'
                    }
                    'src_server_property-guard-rule_ts': {
                        table: 'sys_module'
                        id: '3c2ef770901b44a0ae157c4c0ddd886f'
                    }
                    'src_server_public-api_ts': {
                        table: 'sys_module'
                        id: 'fcc7437e2c674c6f94fb0057b85c3b95'
                    }
                    'src_server_reconcile-job_ts': {
                        table: 'sys_module'
                        id: 'b8154fc98c3e4b1cb463aab44be39ad5'
                    }
                    'src_server_setup-check_ts': {
                        table: 'sys_module'
                        id: 'c7defcf7b91f419dbee2d3cb8ace116a'
                    }
                    'src_server_ui-actions_create-case-action_ts': {
                        table: 'sys_module'
                        id: 'f3fa29518fc4452696aa25b3844d06cc'
                    }
                    'src_server_ui-actions_disconnect-action_ts': {
                        table: 'sys_module'
                        id: '18aaba2ef967485b9593e66b77545ab9'
                        deleted: true
                    }
                    'src_server_ui-actions_hold-action_ts': {
                        table: 'sys_module'
                        id: 'd24e1f044e3d402b8ea652e0170e7c34'
                        deleted: true
                    }
                    'src_server_ui-actions_resume-action_ts': {
                        table: 'sys_module'
                        id: '15b6aa2b65a8402385c6cda76ad059dd'
                    }
                    'src_server_ui-actions_retry-outbox-row-action_ts': {
                        table: 'sys_module'
                        id: '3ecfa8cbba9d4d3bb4f9539ccfba4295'
                    }
                    'src_server_ui-actions_setup-check-action_ts': {
                        table: 'sys_module'
                        id: 'ff7c565d2f7741e9b47056f1ef18522a'
                    }
                    'src_server_workspace-ajax_ts': {
                        table: 'sys_module'
                        id: '26b3c9a5f1d54b3282e29f7299964a58'
                    }
                    'sys-user-annotation-genesys-user-id': {
                        table: 'sys_ui_annotation'
                        id: '206393d4d1a44149b6fe73ca93ee8a11'
                    }
                    'ui-action-create-case': {
                        table: 'sys_ui_action'
                        id: '06769a5399844993b39f663565aec827'
                    }
                    'ui-action-disconnect': {
                        table: 'sys_ui_action'
                        id: '13b2f9e25a4c47df8ea17070e12757dd'
                    }
                    'ui-action-hold': {
                        table: 'sys_ui_action'
                        id: 'd7b7ca71d0c749efbfa5e902a56717f2'
                    }
                    'ui-action-reply-email': {
                        table: 'sys_ui_action'
                        id: 'fadb45dbda2846c685cba098fbf6ccf2'
                    }
                    'ui-action-resume': {
                        table: 'sys_ui_action'
                        id: '8158399c28f648c1a972b778ced04f1a'
                    }
                    'ui-action-retry-outbox-row': {
                        table: 'sys_ui_action'
                        id: '436f675858784c6fb229d462005ef020'
                    }
                    'ui-action-setup-check': {
                        table: 'sys_ui_action'
                        id: '82a4316c763b4b3cb4a8994548d205d1'
                    }
                    'ui-action-transfer-email': {
                        table: 'sys_ui_action'
                        id: 'fb06414f578a40a894704878798a7d86'
                    }
                    'user-x-gcer-jobs': {
                        table: 'sys_user'
                        id: '48440925a99a4cb4b4719f87a4179b3e'
                    }
                }
                composite: [
                    {
                        table: 'sys_variable_value'
                        id: '0026bf3f7e074bf687b8a98a16897ad3'
                        key: {
                            document_key: 'f902a87c75194328972134e000be7a8d'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0117457988aa42a792e334ae879de0d6'
                        key: {
                            document_key: 'ef02f7a083194e1f9691044d54d48625'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0150b7ac4b7443499afa85e4b5198ab9'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'event'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '01f0286e9313435b8b50d7ba11357a16'
                        key: {
                            name: 'interaction'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '027843a534324d079a4ab61753beb2d7'
                        key: {
                            document_key: '013a16c45d2140ab88dd1405551cf02f'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '02dd8aa796784c86b1fba936ead6ed83'
                        key: {
                            document_key: 'f6d1b5eaa6894b6993d815e3733c8f3d'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0353e7c0871a4e049d766ac3c4f7baca'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'to_status'
                            value: 'none'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '04e21d6b92ca44a49666b7b09b3c24ab'
                        key: {
                            document_key: '59bc5268fcf946e59f3bdb5b85dbebcb'
                            variable: '56e6bee65320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '052ddbb102234c0a84bc2fa50456d837'
                        key: {
                            document_key: '02e4a1013358421e95d7aaad0eed935f'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '054881e0bd984104b14da93e728d511a'
                        key: {
                            document_key: '5e39b2d789714b6b9eee71362d88f596'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '06d7c08bf52e452a88b34038b25a4906'
                        key: {
                            document_key: '400eb4f0df2f4f9890006fe27d78e82b'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '095d9b0d3df94fe3a8e1cfc3caca0f74'
                        key: {
                            sys_security_acl: 'b0ea622cbe3644fba28baa7c404170e3'
                            sys_user_role: {
                                id: '8cb6137502d746fa8528e079e96062bf'
                                key: {
                                    name: 'x_gcer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '09aba6484b3749d2ad7fe3b82e2c7aea'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'operation'
                            value: 'create_conversation'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '09e0c28464c94ff39b329af24019a833'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'a6e7f81a4cab498f9d13d7e75d106c56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0a007c164c8946e49b72f67c6d7c6716'
                        key: {
                            document_key: '74debf206b884e6290a52b669f32c59b'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0a179c7f92d74f4b95cac85ad6bc9f88'
                        key: {
                            document_key: 'b73b4eac843f4f418ecf86cbd2119f23'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0a450156a3d049e1ad7e9cddcc697c06'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'to_status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0af4d5bd1cdf44fcb982f5a0e98ec7e3'
                        key: {
                            document_key: '46ee4ffedf8e4e46b4412d0921f7be30'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0b39d76a2b914716970a6b9510954ab2'
                        key: {
                            document_key: '2f342fa4dba242da995e6308f0b3d26f'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '0c20614808cc463baf4cc2f0c9d33745'
                        key: {
                            logical_table_name: 'x_gcer_routing_event'
                            col_name_string: 'external_id'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0cb523257e10468a98f9c49852b0f43c'
                        key: {
                            sys_security_acl: '4282c769fe534994a836342a23159701'
                            sys_user_role: {
                                id: '54510ca68fdf4e538557f94822aa51f4'
                                key: {
                                    name: 'x_gcer.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0ccd75bb11e147c490fab4c70db30ff6'
                        key: {
                            document_key: '15d3ee1e522849bc9d8dc7f7ac844fb5'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0d68944ecf644d47b18d4d0e3ecd9c92'
                        key: {
                            sys_security_acl: '5ba0840aa255436fb960fb70d4feaf7f'
                            sys_user_role: {
                                id: 'e523b541ad754956be989b0d9a6785f0'
                                key: {
                                    name: 'x_gcer.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0d984ea38f3b4758847a759f32de98ac'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0e0bdc69c6c2403daeef026365b595b7'
                        key: {
                            document_key: 'd0a134b5ec21484abf9cd01842f77310'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0e7d2e94b65b459ca7572a75c19c283c'
                        key: {
                            document_key: '0f2dd3eca79f4968b8234f2ff3129323'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0ff7de53981b42f78268075e0b03a3d1'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '15d3ee1e522849bc9d8dc7f7ac844fb5'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1028b2db7d354a93a841ae8d883d4c5c'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'event'
                            value: 'email_received'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1085204c59494efba2e15f5cfffc5493'
                        key: {
                            list_id: {
                                id: 'dd099bea46b9465bbb0922ef934c7fb0'
                                key: {
                                    name: 'sys_user'
                                    view: {
                                        id: 'd34737313e164b789013c812b5f8dda3'
                                        key: {
                                            name: 'x_gcer_agent_mapping'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'user_name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '10b6f15e6f274e5f8ae765b2e41408cb'
                        key: {
                            document_key: 'a490fa72bbef452ca914ba9ce68cd374'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '10cbe2a883bf4e5386dc242488e88f3f'
                        key: {
                            document_key: '08a9ceaf7d2347bdae1db89ea4b9cc4f'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '10db24fba1254191ae9a1af8b6c78a75'
                        key: {
                            logical_table_name: 'x_gcer_routing_event'
                            col_name_string: 'interaction'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '10e2c7d8f10745979a73264446f7fe32'
                        key: {
                            name: 'sys_user'
                            element: 'x_gcer_genesys_user_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '117ff403a0494bf88402383570304d87'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'idempotency_key'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '11d41a2dea6742c2a61d3df6ada5f06d'
                        key: {
                            document_key: 'b184ff1242064007890e2f56a9ed22b0'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1270ab4d02d243d79459fdc297ed768d'
                        key: {
                            document_key: '357504469c9746dd9536427ae4b7b41f'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '128aecbe175e4ceaaa79d4b96c565516'
                        key: {
                            sys_ui_action: 'd7b7ca71d0c749efbfa5e902a56717f2'
                            sys_user_role: {
                                id: 'e523b541ad754956be989b0d9a6785f0'
                                key: {
                                    name: 'x_gcer.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '13a2bb1f317748819e1d0f8bb9a879aa'
                        key: {
                            document_key: '400eb4f0df2f4f9890006fe27d78e82b'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '159129221b5f472b9ba0377815b36c13'
                        key: {
                            document_key: '1a68b924a3564e0c9a1e84d2cccf2fc0'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '15c9442d90f64404a56eb2a55f19034c'
                        key: {
                            document_key: '400eb4f0df2f4f9890006fe27d78e82b'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '15ddb2aec6a14798908a859b5483c1dc'
                        key: {
                            document_key: '79fdd450ed744094a3283e333a9a49fb'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '16101475005d4eab9c8c30962a28fc59'
                        key: {
                            document_key: 'ad8b562c021d46039265bc92a5c9b5e9'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '16b2b58f683b4aaa86ab37dce271b8e8'
                        key: {
                            document_key: 'f5cc6051044a4b079d4741947386ce48'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '16c257f3839447ed9cf9a285abb30d3b'
                        key: {
                            document_key: '6c0b84e090584c479d1cac8ab9cbed10'
                            variable: '6619c7aa5320220002c6435723dc34e2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '16dfe8b179a84e6ca251c4dc16ce7ea0'
                        key: {
                            document_key: 'dce28d1f0847402483a1e8f2bf96caa6'
                            variable: '6619c7aa5320220002c6435723dc34e2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '17eb623a77d74b49b1e61a1271da70f1'
                        key: {
                            document_key: '1a68b924a3564e0c9a1e84d2cccf2fc0'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '185239c39f2a403e91308a25af47b83a'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'from_status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '190cef41e12744388753d6e093fb132b'
                        key: {
                            document_key: '7821160cf47b4046bdb6e7c10305c2d8'
                            variable: '6619c7aa5320220002c6435723dc34e2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '19131bb997e64eea8e158fe5fe6fa2ce'
                        key: {
                            document_key: '7821160cf47b4046bdb6e7c10305c2d8'
                            variable: '56e6bee65320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '19e14a6b66574256852dfff214b7d8e3'
                        key: {
                            document_key: 'ad266148ed4d4b5a95a295ac000ddace'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1b61e16ee0ae47a697e7e5a97152d8a9'
                        key: {
                            document_key: '9575c2498a06416d8e72384a9bff34c9'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1be2d92685c6425b98b0da9b7f52eeab'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'to_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1c9b21b62eb544e1a792b8b4ba2ea792'
                        key: {
                            name: 'interaction'
                            element: 'x_gcer_queue_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1cbbc9872b074abf932624a36cf832bf'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '5e39b2d789714b6b9eee71362d88f596'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1d523a3070bc4629854ec28422f0522c'
                        key: {
                            document_key: '15d3ee1e522849bc9d8dc7f7ac844fb5'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1d63a0c297d247858a56469045299872'
                        key: {
                            document_key: '46914515c2c242a7bf3a8572370ff308'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1dcb78661b9947749e7baef8f7f3c8d0'
                        key: {
                            document_key: '2f342fa4dba242da995e6308f0b3d26f'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1e0793da9a39480ab6d6797e71515c5a'
                        key: {
                            name: 'interaction'
                            element: 'x_gcer_routing_status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '201a7e844c114c39bfc79046aec0acaa'
                        key: {
                            document_key: '013a16c45d2140ab88dd1405551cf02f'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2028c57f56564bb98c69e8e54d428ae6'
                        key: {
                            document_key: '400eb4f0df2f4f9890006fe27d78e82b'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '204a3a94b4eb4973a5002c78853fec7f'
                        key: {
                            document_key: 'bc68acd2647844698ef9bb6c6e53544c'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '20df4b2843974c0482a499cd58894e77'
                        key: {
                            document_key: '53f7c1e97021474eabc16e133c37c6f2'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '21743d467ad843ffa80d6ec41173c29e'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'actor'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '21b285ca494c4c2ebbbc6ac87e7f5265'
                        key: {
                            document_key: '974f040b60434828b04578568a18f413'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '21cd07f4861f46c49dd7f39325cb5f6a'
                        key: {
                            document_key: 'e43079773fc94d5e8ebbe810e527afbf'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2201a87c8a784abb8bc0e34e3da6d25c'
                        key: {
                            document_key: '6074696b43744368bbbf507968ba5b36'
                            variable: '334ea2f153212110248dddeeff7b1255'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '223a3221d9df4d9cbdef37831964d59f'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'outcome'
                            value: 'applied'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '22744f68110847fbb40739fa6a906beb'
                        key: {
                            document_key: '2b618257fa344f74a9fc21dc177e866c'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '23058e5cb5894bbbb4163998fbff866b'
                        key: {
                            name: 'sys_user'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2450b9edf6284ed48fbdd932abae9771'
                        key: {
                            sys_security_acl: '57cc4ba1dd044e309ba5ff0f637e499d'
                            sys_user_role: {
                                id: '54510ca68fdf4e538557f94822aa51f4'
                                key: {
                                    name: 'x_gcer.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2647c994eb414db98f497d82d1f34b47'
                        key: {
                            document_key: '120285439bfd4db0bc45b71b25473435'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '26998db4d3c946bc86cacac286b4add9'
                        key: {
                            document_key: '120285439bfd4db0bc45b71b25473435'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '26c8f4548076425ebd922585e1957593'
                        key: {
                            name: 'interaction'
                            element: 'x_gcer_routing_status'
                            value: 'parked'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '27e33e4e9bcd497ba9d05d5646cb1dea'
                        key: {
                            document_key: 'c42d022936744b1fa0048efcc075685a'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '28830a293d604aac9e756932971eee73'
                        key: {
                            document_key: '2f342fa4dba242da995e6308f0b3d26f'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '29e1f2384d1840688e843bf3547f2424'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'from_status'
                            value: 'queued'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2a000b29674d4576bcb5f9ce6dc5bfb2'
                        key: {
                            document_key: 'f6d1b5eaa6894b6993d815e3733c8f3d'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2a2873910aea42bfaf628499cfaf3299'
                        key: {
                            document_key: '53f7c1e97021474eabc16e133c37c6f2'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2b1bde0de89f45bb8b5dc4f054a07b2b'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'from_status'
                            value: 'closed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2b28dc5f20bc4987a3725d14bd93e325'
                        key: {
                            document_key: '5bdb22dbdbdd419ea26213b063c29c7d'
                            variable: '56e6bee65320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '2be51c0368414b19ab30d4a1fa3d0969'
                        key: {
                            sys_ui_action: 'fb06414f578a40a894704878798a7d86'
                            sys_user_role: {
                                id: 'e523b541ad754956be989b0d9a6785f0'
                                key: {
                                    name: 'x_gcer.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2c6aaa78626146b08c917206df498b85'
                        key: {
                            document_key: '9575c2498a06416d8e72384a9bff34c9'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2d0f129e1efa43ca9ccc13f632f23819'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'outcome'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2d6059ce6080480a8c470f6711c5407b'
                        key: {
                            document_key: '013a16c45d2140ab88dd1405551cf02f'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2ea739dc8f344dc7bc5677e250c63285'
                        deleted: true
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'operation'
                            value: 'apply_wrapup'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2f5a401749824f369b4bbb26230337eb'
                        key: {
                            document_key: '5a7336af60f34ad2b7cfe2ac5c689163'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2f835c1b836f4af4bca7d908b40b79da'
                        key: {
                            name: 'x_gcer_oauth_token'
                            element: 'access_token'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2f9d9b9a2f17442da39e4d59284e1c08'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'from_status'
                            value: 'abandoned'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3035089dd894437c8d880a95d07e090f'
                        key: {
                            document_key: '013a16c45d2140ab88dd1405551cf02f'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3097e7477d6b466ba6d288831b39b01c'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '30e678ba5e3043a8b105909dc6c9c772'
                        key: {
                            name: 'x_gcer_oauth_token'
                            element: 'environment'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '31b4d0ea42ac477fa3fc491241977d2d'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '7c90b05a58104a45968fd4928bfa3703'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '328a547eb0614217bdba4d113dd1577f'
                        key: {
                            document_key: 'd5c5eb18e4e14484804cc91eba854d44'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '33f885535cbf4e8ca91a645a950a4794'
                        key: {
                            document_key: 'ef02f7a083194e1f9691044d54d48625'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '34105426ffc34030bedf1909d8ffcfb6'
                        key: {
                            document_key: '974f040b60434828b04578568a18f413'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '347e537b3bd94e58b1c02e742afaac96'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'd0a134b5ec21484abf9cd01842f77310'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '34b72b80ac624455a1f6b5e510e4ada1'
                        key: {
                            document_key: '400eb4f0df2f4f9890006fe27d78e82b'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3641878c12534bc998c310f7d19683ce'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '46ee4ffedf8e4e46b4412d0921f7be30'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3647afd4fc1e47dbb1debc9ab262d697'
                        key: {
                            sys_security_acl: 'ab475d2239dc45b0a3f4245bb7e2e379'
                            sys_user_role: {
                                id: '54510ca68fdf4e538557f94822aa51f4'
                                key: {
                                    name: 'x_gcer.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '36b9c3516ecc462a8e5620b556872857'
                        key: {
                            sys_security_acl: '9ffa8844309a467fa84e85e056c2471c'
                            sys_user_role: {
                                id: 'e523b541ad754956be989b0d9a6785f0'
                                key: {
                                    name: 'x_gcer.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3834579dce0143d28f0250b3d52f4476'
                        key: {
                            name: 'interaction'
                            element: 'x_gcer_communication_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3859ea158ce14f589281adf39a126272'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'from_status'
                            value: 'connected'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '386451f4ffcf4f97a64d73894bb73eef'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '5a7336af60f34ad2b7cfe2ac5c689163'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '38664608c66f42fbb1f381136ee2ee49'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: '53f7c1e97021474eabc16e133c37c6f2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3881b84f74784985b17a152609bb4b81'
                        key: {
                            sys_security_acl: '4393ee8abbe440458fa600e8788cfe89'
                            sys_user_role: {
                                id: '54510ca68fdf4e538557f94822aa51f4'
                                key: {
                                    name: 'x_gcer.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '38bbcc9a00064015a375b800feab2f25'
                        key: {
                            document_key: '33829a072dd8481fa4883590e24a76f5'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3917d3b0a29b4838b71d392c6aa4c246'
                        key: {
                            document_key: '601d5acdc7b8484b84a448341ec8c919'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3930da931a92492ba19125f5a18963da'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'state'
                            value: 'done'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3a78aa3285454e39a59781144de49c5f'
                        key: {
                            document_key: '53f7c1e97021474eabc16e133c37c6f2'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3b1b085f0be44381a83a3d292e3ae783'
                        key: {
                            document_key: 'ad8b562c021d46039265bc92a5c9b5e9'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3c4e97ae38534f9fb04d7dbf0c1df98c'
                        key: {
                            document_key: 'eb82f3b3957e4e4b92dfc9c499bb69e0'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3c9a5d265c324e9a8ab3c36dc7fe80bc'
                        key: {
                            document_key: 'e43079773fc94d5e8ebbe810e527afbf'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3d5aa098a7894b9ea26cadfc64488635'
                        key: {
                            name: 'interaction'
                            element: 'x_gcer_queue_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3d743ae1486b40c099967aefbfcaf6d0'
                        key: {
                            document_key: '357504469c9746dd9536427ae4b7b41f'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3d972b3a707f46319158abb225a687a3'
                        key: {
                            sys_security_acl: 'd33c32188c5340989e02687fb5d34574'
                            sys_user_role: {
                                id: '54510ca68fdf4e538557f94822aa51f4'
                                key: {
                                    name: 'x_gcer.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3e9f0f4411124953a1dedd24a3c5242b'
                        key: {
                            document_key: '7821160cf47b4046bdb6e7c10305c2d8'
                            variable: 'ba62b4075320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3f7dce2e1c4e48118093d7c7579f21c4'
                        key: {
                            document_key: '6074696b43744368bbbf507968ba5b36'
                            variable: '3eee292353e0220002c6435723dc343c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3fa75c974db34776af6037a198216be9'
                        key: {
                            name: 'sys_user'
                            element: 'x_gcer_genesys_user_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4068657bf78243e5a307ec5628709e29'
                        key: {
                            document_key: '9575c2498a06416d8e72384a9bff34c9'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: '4148921f835c419b828890697592eaff'
                        key: {
                            role: {
                                id: '8cb6137502d746fa8528e079e96062bf'
                                key: {
                                    name: 'x_gcer.admin'
                                }
                            }
                            contains: {
                                id: 'e523b541ad754956be989b0d9a6785f0'
                                key: {
                                    name: 'x_gcer.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '415da87985c2474989d2759aecf9ed32'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'to_status'
                            value: 'closed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4247ffe450f942b6843b7c4d88c9fe58'
                        key: {
                            name: 'interaction'
                            element: 'x_gcer_parked_until'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '42bcdd67af4a4f11956e91650f39eb6b'
                        key: {
                            sys_security_acl: '9b78661e047840ca87ffb08f6905c08f'
                            sys_user_role: {
                                id: 'e523b541ad754956be989b0d9a6785f0'
                                key: {
                                    name: 'x_gcer.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '42d426754de04f61b92d32509100903a'
                        key: {
                            logical_table_name: 'x_gcer_outbox'
                            col_name_string: 'state,next_attempt_at'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '43dd95a3cfc349ae8a5eeb7d689b7f56'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'operation'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '44615cba02a34497959f588bc5c8ffa5'
                        key: {
                            document_key: '53f7c1e97021474eabc16e133c37c6f2'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '44a0c7ec695c49c28495fd85838da40f'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'occurred_at'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '44c10ad6eb09424b8cfb41834f6387f5'
                        key: {
                            sys_security_acl: '85a54a591dfc47a3b70b6e550d70fcc6'
                            sys_user_role: {
                                id: 'e523b541ad754956be989b0d9a6785f0'
                                key: {
                                    name: 'x_gcer.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '44fdc9e703a947a0a025bc1aa9c93078'
                        key: {
                            document_key: 'f6d1b5eaa6894b6993d815e3733c8f3d'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '454072ad434f4e26b25a44705835e05f'
                        key: {
                            document_key: 'd5c5eb18e4e14484804cc91eba854d44'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '45d6cdc7c6a34a45a5fc783454a85e71'
                        key: {
                            document_key: '53f7c1e97021474eabc16e133c37c6f2'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '46577e125d714e60bda758afbebf1a92'
                        key: {
                            document_key: '1109eed3f9984dd58a2a1ad52640d81f'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '465f360015fb4938ab6251690446a7b5'
                        key: {
                            name: 'x_gcer_routing_event'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '483bbee68c6d4a2a90287733b8353c0a'
                        key: {
                            document_key: 'c8c37e7cc55a4df4810c38bb6bafc4fd'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '48e290e15ae647b2a0d312393a188d5c'
                        key: {
                            document_key: 'd0a134b5ec21484abf9cd01842f77310'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4913afd4aa594a2497b65c1a917de91e'
                        key: {
                            document_key: '974f040b60434828b04578568a18f413'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '493f6b99fb194205912bdd29c8c9e445'
                        key: {
                            document_key: '2b618257fa344f74a9fc21dc177e866c'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '494bc302775a4d2f80d1aeae9c494af0'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: '46914515c2c242a7bf3a8572370ff308'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c5b0c358cf34703ae8cac63b95d7520'
                        key: {
                            document_key: 'd0a134b5ec21484abf9cd01842f77310'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4c916355b9f047c080af2baee88c4c30'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'claimed_until'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4d72789cde8c425cb2aadff0326adb73'
                        key: {
                            sys_security_acl: '4282c769fe534994a836342a23159701'
                            sys_user_role: {
                                id: 'e523b541ad754956be989b0d9a6785f0'
                                key: {
                                    name: 'x_gcer.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4dc788ce8bc04ce5b51e242a147811c3'
                        key: {
                            document_key: '46ee4ffedf8e4e46b4412d0921f7be30'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4deedd419ec24976bc0b78a7aafd27f0'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'outcome'
                            value: 'deferred'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4e5ac41462bb4634a18b0bc91351394d'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'last_error'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4e83c416964b4967a5c4029a8a2a10ba'
                        key: {
                            document_key: 'f6d1b5eaa6894b6993d815e3733c8f3d'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '4fc7e6ee35fe4021ab73f0a84c405985'
                        key: {
                            name: 'x_gcer_outbox'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '51218d7f35514b2fa1b9b11d1538dbab'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'eb82f3b3957e4e4b92dfc9c499bb69e0'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '526842dbaa044dc8b7c088b22e890213'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'event'
                            value: 'genesys_observed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5284603bd28e4610a624b7736b15a157'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'event'
                            value: 'resume'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '529a8216454c44b1a26047bc956ab7a6'
                        key: {
                            name: 'interaction'
                            element: 'x_gcer_last_confirmed'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '538336ccdabf46deaecedaf9359f00c0'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'operation'
                            value: 'transfer_to_agent'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '53b3891923e74068b0f89108b5d97886'
                        key: {
                            sys_security_acl: '20069755a1e04bb9a3af1d533197eb51'
                            sys_user_role: {
                                id: '54510ca68fdf4e538557f94822aa51f4'
                                key: {
                                    name: 'x_gcer.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '53c1284fc37643b3bb310f49518c6a88'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '54510ca68fdf4e538557f94822aa51f4'
                        key: {
                            name: 'x_gcer.integration'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '54c9cb6cd77740418751b2a44dd86dc9'
                        key: {
                            document_key: 'f902a87c75194328972134e000be7a8d'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '54ed02fe386345029ac053c17154ac60'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'to_owner'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5574e11ad1db43149124ba5683b3ac7f'
                        key: {
                            document_key: '08a9ceaf7d2347bdae1db89ea4b9cc4f'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '56c95f6d7ef1467bb3dd312c5abdac7a'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'operation'
                            value: 'transfer_to_queue'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '57d11ad2246a4770964782e03ccd0069'
                        key: {
                            document_key: '5bdb22dbdbdd419ea26213b063c29c7d'
                            variable: 'bc43e004c76733005e5c45b881c26046'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '59a4bdd167a5430fade36a1693e3d5bc'
                        key: {
                            document_key: 'ef02f7a083194e1f9691044d54d48625'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '59e23cf14cfe47aea8d84ddaf00738cb'
                        key: {
                            document_key: '417de415856b41579c02a6d181284ff9'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5a6662d98caa4ce79b2c880da434021d'
                        key: {
                            sys_security_acl: '9ffa8844309a467fa84e85e056c2471c'
                            sys_user_role: {
                                id: '54510ca68fdf4e538557f94822aa51f4'
                                key: {
                                    name: 'x_gcer.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5b056c7eae814a33b1184e4246cc9931'
                        key: {
                            document_key: '31a412fe56314fcd9e9cf73c238341f1'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5b5ba90968db49b7b303b59bd227a5bd'
                        key: {
                            document_key: 'c42d022936744b1fa0048efcc075685a'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5c9c9c3f4ac443a1b6ede5885b5dc339'
                        key: {
                            document_key: 'c8c37e7cc55a4df4810c38bb6bafc4fd'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5cecc24923a84b7fa2bdade0c727694c'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'event'
                            value: 'create_case'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5d8a4552a2704c67ba4dfc254fed32b9'
                        key: {
                            document_key: '7c90b05a58104a45968fd4928bfa3703'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5f5567fb3b1545b893b5aa85d5f64dc9'
                        key: {
                            document_key: '6c0b84e090584c479d1cac8ab9cbed10'
                            variable: '56e6bee65320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '60176411b796490e8fe75fc7ccf2567c'
                        key: {
                            document_key: 'b73b4eac843f4f418ecf86cbd2119f23'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '602075705e514d9ca902a307ce33789f'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6023b4d095b842729270e536762e4847'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'idempotency_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '60b53f9bf43748e7b346d00fe63051af'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'to_status'
                            value: 'parked'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '60fdc18031da4a73b2185250311ffb07'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'payload'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '623924a8dd96404191bd775a14b1932b'
                        key: {
                            document_key: '400eb4f0df2f4f9890006fe27d78e82b'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '62e73b3c76174c50b457bb674b2c511c'
                        key: {
                            name: 'x_gcer_routing_event'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '62ff40cb8e2c447db26253463eceaac2'
                        key: {
                            sys_security_acl: 'b14d967953e34795bda91708dffc69f5'
                            sys_user_role: {
                                id: '8cb6137502d746fa8528e079e96062bf'
                                key: {
                                    name: 'x_gcer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '63034b3e84d14693bf45038fd4f404b1'
                        key: {
                            document_key: 'ad266148ed4d4b5a95a295ac000ddace'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6359fe844fe14d7090d619d2ffa10676'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'claimed_until'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '63d16bedb781442f8a0df0eb8a6f6e36'
                        key: {
                            document_key: 'c4b9c459bddc402c8c49e7e819fc66e3'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '63d3c196b79b4463a33620498d84b578'
                        key: {
                            document_key: '33829a072dd8481fa4883590e24a76f5'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '64871779af244517a764ca579cd4d344'
                        key: {
                            document_key: '2b618257fa344f74a9fc21dc177e866c'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '651e864c0fb746a1b62eeaf8a9a7d994'
                        key: {
                            document_key: '15d3ee1e522849bc9d8dc7f7ac844fb5'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '659a64e82c2f4df6806363769ee14875'
                        key: {
                            sys_security_acl: '2c6d3cd98dc641c3808e2e45eb60260d'
                            sys_user_role: {
                                id: '8cb6137502d746fa8528e079e96062bf'
                                key: {
                                    name: 'x_gcer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '65b8402962014fd0bbb1a8f549a23b16'
                        key: {
                            document_key: '2b618257fa344f74a9fc21dc177e866c'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6622a8d8e969449cb051ec7b52ba018e'
                        key: {
                            document_key: '61b0de3baec048c7be24b9c44c09f811'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '66e5c5468d71411bb2896d6cc51357e7'
                        key: {
                            document_key: '357504469c9746dd9536427ae4b7b41f'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '670b136c9bd24480a3b7c52ef43909ca'
                        key: {
                            document_key: 'f5cc6051044a4b079d4741947386ce48'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '677998402fdf48279b94408a42d2bf57'
                        key: {
                            document_key: 'a490fa72bbef452ca914ba9ce68cd374'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '67d8fedeb3ef4819ba2d73032db259fd'
                        key: {
                            name: 'x_gcer_outbox'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '688b458d26a049408072563dc00c4968'
                        key: {
                            name: 'x_gcer_oauth_token'
                            element: 'expires_at'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '68b19344d2fd464e88efcf1f3dcce0ea'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'correlation_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '68b89e30dbdc4b92b4f345286c5e8c6c'
                        key: {
                            name: 'interaction'
                            element: 'x_gcer_last_confirmed'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '68c78a55f8ac4fc583078b90042d484d'
                        key: {
                            list_id: {
                                id: 'dd099bea46b9465bbb0922ef934c7fb0'
                                key: {
                                    name: 'sys_user'
                                    view: {
                                        id: 'd34737313e164b789013c812b5f8dda3'
                                        key: {
                                            name: 'x_gcer_agent_mapping'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'email'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '69441ea3059b421a85abb879823f48e2'
                        key: {
                            document_key: '93337e390d9f43d68870b6086df7e206'
                            variable: '56e6bee65320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '69aa0f96defa414fb6c696bce4b32d8a'
                        key: {
                            document_key: '59bc5268fcf946e59f3bdb5b85dbebcb'
                            variable: 'bc43e004c76733005e5c45b881c26046'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6a666cf54b3d452d80f1677463d1ed4f'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: 'f6d1b5eaa6894b6993d815e3733c8f3d'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6a8130a81bcf4855b5154c7f70861901'
                        key: {
                            sys_security_acl: 'a7be6e07fcf64e79b7656f460c1378ea'
                            sys_user_role: {
                                id: '8cb6137502d746fa8528e079e96062bf'
                                key: {
                                    name: 'x_gcer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6ad105603839485baa1b2b9451dc8949'
                        key: {
                            sys_security_acl: 'c8369cf7998945669edc356509d21e81'
                            sys_user_role: {
                                id: 'e523b541ad754956be989b0d9a6785f0'
                                key: {
                                    name: 'x_gcer.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6b4695faaa26460cb6d9ebc12715b998'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6b86f09d141f4d4c8c07490ba4b9097a'
                        key: {
                            name: 'sys_user'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6b9c1211b3fa453ba0970789229e70d9'
                        key: {
                            document_key: '08a9ceaf7d2347bdae1db89ea4b9cc4f'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ba50a293c4840b2ae99e0fd7544371f'
                        key: {
                            document_key: '974f040b60434828b04578568a18f413'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6c67c6b5c5be491883cb8eb0f44b106b'
                        key: {
                            document_key: '1a68b924a3564e0c9a1e84d2cccf2fc0'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6cc2d9b7fb1e4c77a32b92838befa77f'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'b73b4eac843f4f418ecf86cbd2119f23'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '6cec5b16768241c097ac5d72a4228136'
                        key: {
                            name: 'sys_user'
                            view: {
                                id: 'd34737313e164b789013c812b5f8dda3'
                                key: {
                                    name: 'x_gcer_agent_mapping'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6dc9d71d3da443a5b7757bdd7ad9fac8'
                        key: {
                            document_key: 'e43079773fc94d5e8ebbe810e527afbf'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6de33e1097e74c14ba7cc6d5de1608e1'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '74debf206b884e6290a52b669f32c59b'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6f43e9d5a0524c3f80139706a455653b'
                        key: {
                            sys_security_acl: 'ee282178de7b4c38ba63cb4f0e907c15'
                            sys_user_role: {
                                id: '54510ca68fdf4e538557f94822aa51f4'
                                key: {
                                    name: 'x_gcer.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f4c990c6e2c484bbd8e28065542a461'
                        key: {
                            document_key: '974f040b60434828b04578568a18f413'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6fc67d1a20c349e1945f55bdf05beba5'
                        deleted: true
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'event'
                            value: 'abandoned'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6fd5efea511649399ec7fa5cdaaf3989'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'event'
                            value: 'disconnect'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6fe8cbb9544a4912947a9b8427b2ce3d'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'outcome'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7028eb4afd714fd6b16d34977be5560a'
                        key: {
                            name: 'interaction'
                            element: 'x_gcer_routing_status'
                            value: 'queued'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '71116595d098402d9382eec264749d51'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: '08a9ceaf7d2347bdae1db89ea4b9cc4f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7142eba9d70c4673bbf90b73a8067b76'
                        key: {
                            document_key: '9575c2498a06416d8e72384a9bff34c9'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '719bb26308c84fbdaa7a619bb4966f97'
                        key: {
                            document_key: 'f5cc6051044a4b079d4741947386ce48'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '72452f3e6ce341a3a8db676a10c81491'
                        key: {
                            sys_ui_form: {
                                id: '6cec5b16768241c097ac5d72a4228136'
                                key: {
                                    name: 'sys_user'
                                    view: {
                                        id: 'd34737313e164b789013c812b5f8dda3'
                                        key: {
                                            name: 'x_gcer_agent_mapping'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'b839ed20ab014aefaa50bc9747500b78'
                                key: {
                                    name: 'sys_user'
                                    caption: 'Genesys agent mapping'
                                    view: {
                                        id: 'd34737313e164b789013c812b5f8dda3'
                                        key: {
                                            name: 'x_gcer_agent_mapping'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '72a4a85fcac349788db87a34fd62138e'
                        key: {
                            sys_ui_section: {
                                id: 'b839ed20ab014aefaa50bc9747500b78'
                                key: {
                                    name: 'sys_user'
                                    caption: 'Genesys agent mapping'
                                    view: {
                                        id: 'd34737313e164b789013c812b5f8dda3'
                                        key: {
                                            name: 'x_gcer_agent_mapping'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_gcer_genesys_user_id'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '72ff3ccc27f0487ebda0009dab59672c'
                        key: {
                            document_key: '120285439bfd4db0bc45b71b25473435'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '73f862fc7cef44fe8049c2a03aa7c2f8'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: '120285439bfd4db0bc45b71b25473435'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '748adab5b66949e9879b175e0bef094d'
                        key: {
                            name: 'x_gcer_oauth_token'
                            element: 'credential_alias'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '74f896da0a3f4a9480a46557541feae2'
                        key: {
                            document_key: '1109eed3f9984dd58a2a1ad52640d81f'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7506ea70406c46f59db34b563ae5d100'
                        key: {
                            document_key: '9575c2498a06416d8e72384a9bff34c9'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '756186a0c758446a8e161d4ff29dde96'
                        key: {
                            document_key: '2b618257fa344f74a9fc21dc177e866c'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '769716e87355487184b3bde4b66aeb1a'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'event'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '7714958db06b41deb716424a21a7f0c3'
                        key: {
                            logical_table_name: 'x_gcer_oauth_token'
                            col_name_string: 'environment,credential_alias'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '776f129d950740cc8b4f5194e9902b83'
                        key: {
                            document_key: '08a9ceaf7d2347bdae1db89ea4b9cc4f'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '789ac4f34b81403394a1d92eea992415'
                        key: {
                            list_id: {
                                id: 'dd099bea46b9465bbb0922ef934c7fb0'
                                key: {
                                    name: 'sys_user'
                                    view: {
                                        id: 'd34737313e164b789013c812b5f8dda3'
                                        key: {
                                            name: 'x_gcer_agent_mapping'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78ee2992e5464df8a303a8234852261f'
                        key: {
                            document_key: '120285439bfd4db0bc45b71b25473435'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '7947af1ac9e74af5a52eb81c61642a27'
                        key: {
                            sys_ui_action: 'fadb45dbda2846c685cba098fbf6ccf2'
                            sys_user_role: {
                                id: 'e523b541ad754956be989b0d9a6785f0'
                                key: {
                                    name: 'x_gcer.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '796b40bcc3074f10967115349b0ea638'
                        key: {
                            document_key: '417de415856b41579c02a6d181284ff9'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '79df3e7b05b74650a2f4611d723c7709'
                        key: {
                            document_key: '31a412fe56314fcd9e9cf73c238341f1'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7ab7808dc1d64d089caf496a131bf13f'
                        key: {
                            document_key: '92595e37e1b34e2fb0a21b04d44b33a2'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7ac73abd247242a1ac395b2ea6e0e15e'
                        key: {
                            document_key: 'ef02f7a083194e1f9691044d54d48625'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7b1854dab5a840ccac54c636ede7090c'
                        key: {
                            document_key: 'ef02f7a083194e1f9691044d54d48625'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7c9d0646784c49fea36d6ada11d3184f'
                        key: {
                            document_key: '93337e390d9f43d68870b6086df7e206'
                            variable: '6619c7aa5320220002c6435723dc34e2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7d19dd54a59b4d198f9140a8e51c9819'
                        key: {
                            sys_security_acl: 'a92c0da97692421b8d66059f2208b2e3'
                            sys_user_role: {
                                id: '54510ca68fdf4e538557f94822aa51f4'
                                key: {
                                    name: 'x_gcer.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d395abc42c743fca8c7a3bfe281b828'
                        key: {
                            document_key: 'b73b4eac843f4f418ecf86cbd2119f23'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7e1487ae73ea4d198c05d0dfd833a23f'
                        key: {
                            sys_security_acl: '9983ae570b124d508e4fa1fd645490a7'
                            sys_user_role: {
                                id: '54510ca68fdf4e538557f94822aa51f4'
                                key: {
                                    name: 'x_gcer.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8010b6b0e4fa4f51935c8d8ca4da98dc'
                        key: {
                            document_key: '6074696b43744368bbbf507968ba5b36'
                            variable: '7600f16353e0220002c6435723dc34d5'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8035b01f3fb74a0e98a4f019fbbc7d66'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'event'
                            value: 'transfer'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '809e4f89b5b4421ea3045457c66ca66d'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'to_status'
                            value: 'abandoned'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '80b13f4bc6424763aab04df9939e6230'
                        key: {
                            document_key: 'f902a87c75194328972134e000be7a8d'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '80b5058cb31a4526b8b549e3acc2d37a'
                        key: {
                            document_key: '766805a30b894132b5a8f61b7d591e6f'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '81a5e82fc40e4843a9b920bb932573ab'
                        key: {
                            document_key: 'd5c5eb18e4e14484804cc91eba854d44'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '81c3df38555f444baad1f5b2b99b84c0'
                        key: {
                            sys_ui_action: '13b2f9e25a4c47df8ea17070e12757dd'
                            sys_user_role: {
                                id: 'e523b541ad754956be989b0d9a6785f0'
                                key: {
                                    name: 'x_gcer.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '81c65f64a34f4cdeb6017b5d545683a2'
                        key: {
                            document_key: '5bdb22dbdbdd419ea26213b063c29c7d'
                            variable: 'ba62b4075320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '833a641ab25e483cadf0165b2763c169'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'payload'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '83517090f9ba4d55865811a704fd0b7d'
                        key: {
                            document_key: '15d3ee1e522849bc9d8dc7f7ac844fb5'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '83dd35924bba4a5ba333190c3c8e55b5'
                        key: {
                            document_key: 'ad8b562c021d46039265bc92a5c9b5e9'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8407ab1e8bf84665a3a233501fcefd63'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'interaction'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '845fc1462acc43398af872b3b7fb6ae9'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'f66a8038df5f43c8b0be3e56a4a768b1'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '84e10d2ea130433297b9c926b289bf7e'
                        key: {
                            name: 'interaction'
                            element: 'x_gcer_routing_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8667a8619f31487a9961f1d0f3e93ba5'
                        key: {
                            list_id: {
                                id: 'dd099bea46b9465bbb0922ef934c7fb0'
                                key: {
                                    name: 'sys_user'
                                    view: {
                                        id: 'd34737313e164b789013c812b5f8dda3'
                                        key: {
                                            name: 'x_gcer_agent_mapping'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '86785c125d7a438a9b5b5fc05c1d6d8f'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '02e4a1013358421e95d7aaad0eed935f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '868ced80aba54ae78e1a0d4585de7aa8'
                        key: {
                            document_key: 'eb82f3b3957e4e4b92dfc9c499bb69e0'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8756dcd926a94d08ac7677553f669e74'
                        key: {
                            document_key: '2f342fa4dba242da995e6308f0b3d26f'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '87721c215b6b44bea4ca966154c637c2'
                        key: {
                            document_key: '7c90b05a58104a45968fd4928bfa3703'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '87eefa2bee9d494fb1828e8ede8e66de'
                        key: {
                            sys_security_acl: 'a035eb5cfe8e48e280e281da5463eea1'
                            sys_user_role: {
                                id: '8cb6137502d746fa8528e079e96062bf'
                                key: {
                                    name: 'x_gcer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '87ff32d4e419450b920c4be0ae4bf44b'
                        key: {
                            document_key: 'bc68acd2647844698ef9bb6c6e53544c'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '881252f71ce34644b03e4b7df9b4ada7'
                        key: {
                            document_key: 'f6d1b5eaa6894b6993d815e3733c8f3d'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '895c9ee1f8494070baca55f1356708fc'
                        key: {
                            document_key: 'c8c37e7cc55a4df4810c38bb6bafc4fd'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '896cad2e549041cca068e053207026d5'
                        key: {
                            document_key: '7c90b05a58104a45968fd4928bfa3703'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '89921c4f2ee04fe08bfd524d9c1b1775'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'state'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8a8f5bb384e9486cb903f627b81e900d'
                        key: {
                            name: 'interaction'
                            element: 'x_gcer_pending_target'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8b2d530fc42f4886914dbc44092136cc'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'ad266148ed4d4b5a95a295ac000ddace'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8b38007e97894fd885657387c85fdd99'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'to_owner'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8b73429baa6c43fc9e7f350e76429227'
                        key: {
                            document_key: '08a9ceaf7d2347bdae1db89ea4b9cc4f'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '8cb6137502d746fa8528e079e96062bf'
                        key: {
                            name: 'x_gcer.admin'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8cf6dac981134508a2b104a3fcaf0d44'
                        key: {
                            name: 'interaction'
                            element: 'x_gcer_routing_status'
                            value: 'connected'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8cf92147ffca4feca762c915fab2d90c'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: '357504469c9746dd9536427ae4b7b41f'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8d66159086ca4b9584a62a34cfa01c5a'
                        key: {
                            sys_security_acl: '57cc4ba1dd044e309ba5ff0f637e499d'
                            sys_user_role: {
                                id: 'e523b541ad754956be989b0d9a6785f0'
                                key: {
                                    name: 'x_gcer.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8da8ee7b731448f3a4ddfea56e0e70a0'
                        key: {
                            document_key: 'f5cc6051044a4b079d4741947386ce48'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8def6c8570a847619d301d40923f3712'
                        key: {
                            document_key: '46914515c2c242a7bf3a8572370ff308'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8e4e4f5351664c6d8694b372608536e1'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'operation'
                            value: 'chain_reply'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8e69694ed68044be86baf7101c4c512b'
                        key: {
                            document_key: '5a7336af60f34ad2b7cfe2ac5c689163'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8ef8a24a51db4d2ca4e793c9ec53bac7'
                        key: {
                            name: 'interaction'
                            element: 'x_gcer_routing_status'
                            value: 'closed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8f0e7ef6db8042c487bffc87ff77059c'
                        key: {
                            document_key: 'f902a87c75194328972134e000be7a8d'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8f9dfcb0d8e342e3aa6a6fb4b3550ba5'
                        key: {
                            sys_security_acl: '5ba0840aa255436fb960fb70d4feaf7f'
                            sys_user_role: {
                                id: '54510ca68fdf4e538557f94822aa51f4'
                                key: {
                                    name: 'x_gcer.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8fb4ea17cf2647a69e5538e8b966564b'
                        key: {
                            document_key: '6074696b43744368bbbf507968ba5b36'
                            variable: '535cb5ab53233300f06fddeeff7b1247'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8fb58fd72f9f457b9aade6e55ae8ef97'
                        key: {
                            name: 'interaction'
                            element: 'x_gcer_communication_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9078d38a846b43a0bd2d02c766bd6da9'
                        key: {
                            document_key: 'c8fdcb2ce2be41d89023d60628c12d97'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '90e766ce0c4c4495b8453f677a8ebde1'
                        key: {
                            document_key: '1109eed3f9984dd58a2a1ad52640d81f'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '90eb03da9cca42e78b4b4468cb09d381'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'target'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '91971b7df7b64952b83aae57244cca81'
                        key: {
                            document_key: '31a412fe56314fcd9e9cf73c238341f1'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '91e6991ce2314b70abc909606f59f973'
                        key: {
                            document_key: '400eb4f0df2f4f9890006fe27d78e82b'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '91e6c18e73d84ba385d54e4fbcc657b6'
                        key: {
                            document_key: '417de415856b41579c02a6d181284ff9'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '92387de0ab8b4b72b4f76f83a53bb7e3'
                        key: {
                            document_key: 'e43079773fc94d5e8ebbe810e527afbf'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '937a9a6a99ee42b0a917728f0bc74471'
                        key: {
                            document_key: '08a9ceaf7d2347bdae1db89ea4b9cc4f'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '93c21e1a084944548f1a33408a390ac5'
                        key: {
                            sys_security_acl: 'ee282178de7b4c38ba63cb4f0e907c15'
                            sys_user_role: {
                                id: 'e523b541ad754956be989b0d9a6785f0'
                                key: {
                                    name: 'x_gcer.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '98fcc89ac11d48abbbe88ba0f7a298c0'
                        key: {
                            sys_ui_section: {
                                id: 'b839ed20ab014aefaa50bc9747500b78'
                                key: {
                                    name: 'sys_user'
                                    caption: 'Genesys agent mapping'
                                    view: {
                                        id: 'd34737313e164b789013c812b5f8dda3'
                                        key: {
                                            name: 'x_gcer_agent_mapping'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9976265105c349a4bec9b0a51e6fd8c2'
                        key: {
                            document_key: '013a16c45d2140ab88dd1405551cf02f'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a525188065f4339b7c262f29ec7b2cd'
                        key: {
                            document_key: '2f342fa4dba242da995e6308f0b3d26f'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9a6bb99786484d2198b27c12bd520209'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'operation'
                            value: 'disconnect'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a7652a979c44a1e9117d3e75ae1efe9'
                        key: {
                            document_key: 'd0a134b5ec21484abf9cd01842f77310'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9b15864eeef44da9bec63b0fe8d3b0e1'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'external_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9b39935b9b36421e885f7a56e29d6089'
                        key: {
                            document_key: 'd0a134b5ec21484abf9cd01842f77310'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9b40092f93b5490bb80af5235c68f9c5'
                        key: {
                            document_key: '5bdb22dbdbdd419ea26213b063c29c7d'
                            variable: '6619c7aa5320220002c6435723dc34e2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9b54199c683f4f0093be2e9ab2598061'
                        key: {
                            document_key: '357504469c9746dd9536427ae4b7b41f'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9c1bb9f04e6e4e90b1581f7ba897811d'
                        key: {
                            sys_security_acl: '66e12f3a117c46989de46ae55c0a5b21'
                            sys_user_role: {
                                id: 'e523b541ad754956be989b0d9a6785f0'
                                key: {
                                    name: 'x_gcer.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9c3073c17eec430f922bc0574e9786b2'
                        key: {
                            sys_security_acl: '658adbdff25e4c0b86b661a0781c5beb'
                            sys_user_role: {
                                id: '8cb6137502d746fa8528e079e96062bf'
                                key: {
                                    name: 'x_gcer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9c470cd155d74fc8b93bb6fc5fe485e0'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'event'
                            value: 'customer_reply'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '9c473fd0f3d342cdac4fdfc494891cb7'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9d3ef4e1372643f895d4726fb1bd5c4d'
                        key: {
                            document_key: '2b618257fa344f74a9fc21dc177e866c'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9dcfe1ae3b24400ca0db66184d48a0a6'
                        key: {
                            sys_security_acl: '85a54a591dfc47a3b70b6e550d70fcc6'
                            sys_user_role: {
                                id: '54510ca68fdf4e538557f94822aa51f4'
                                key: {
                                    name: 'x_gcer.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9df8b3cb2fb7432e9f30241af26266f6'
                        key: {
                            document_key: 'c8fdcb2ce2be41d89023d60628c12d97'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9e1f80fbd8ea40ddadcfaf4cf1ea5684'
                        key: {
                            document_key: '417de415856b41579c02a6d181284ff9'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9e23db4545d64dc3b5ef2049d2a0d49c'
                        key: {
                            document_key: 'f5cc6051044a4b079d4741947386ce48'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9e9a11fb73c84597a63e8df44ec79cb3'
                        key: {
                            document_key: '53f7c1e97021474eabc16e133c37c6f2'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9ead432b61584d51a5aaa4b5cc9bd4cc'
                        key: {
                            document_key: '61b0de3baec048c7be24b9c44c09f811'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9f68e7100ebd4b8eb8a19bebe5b8e0bd'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'from_owner'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a0db7f0333ee44a6afe51a5292c5e3f1'
                        key: {
                            document_key: '9575c2498a06416d8e72384a9bff34c9'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a174981ced2a43448cc55b6c55d3507f'
                        key: {
                            document_key: 'ef02f7a083194e1f9691044d54d48625'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'a2764c7de0924ec49458d059364c5a4a'
                        key: {
                            sys_ui_action: '8158399c28f648c1a972b778ced04f1a'
                            sys_user_role: {
                                id: 'e523b541ad754956be989b0d9a6785f0'
                                key: {
                                    name: 'x_gcer.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a2911197954d4015bb07a91e1dd06227'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'claimed_by'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'a37205152298460bb6e780830701489a'
                        key: {
                            sys_ui_action: '06769a5399844993b39f663565aec827'
                            sys_user_role: {
                                id: 'e523b541ad754956be989b0d9a6785f0'
                                key: {
                                    name: 'x_gcer.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a44594f6ff084bf8815900e94e0b29c5'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'operation'
                            value: 'park'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a522159b90e34429892d6726075ea265'
                        key: {
                            document_key: '61b0de3baec048c7be24b9c44c09f811'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a591b0e64a504486a5d9ddf13fd9cb6b'
                        key: {
                            document_key: '6074696b43744368bbbf507968ba5b36'
                            variable: '7c5f6d2353e0220002c6435723dc34f6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a5b3106ad544446aaa1ee203c45a47f1'
                        key: {
                            document_key: '46ee4ffedf8e4e46b4412d0921f7be30'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a60ba937a1b04438b0497642004217f9'
                        key: {
                            document_key: '61b0de3baec048c7be24b9c44c09f811'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a75ac0dead9449c5b81f44d90f09eca7'
                        key: {
                            document_key: 'f902a87c75194328972134e000be7a8d'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a84d31751a174da0a2f65178149fcd04'
                        key: {
                            document_key: 'eb82f3b3957e4e4b92dfc9c499bb69e0'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a85d8cc077c54f979723d160658786e7'
                        key: {
                            document_key: '93337e390d9f43d68870b6086df7e206'
                            variable: 'bc43e004c76733005e5c45b881c26046'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a88943a86eda40039a62eadcd4c9683d'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'from_owner'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a8cfbc4d99dd456cb0d7fda8ea6ce039'
                        key: {
                            document_key: 'e43079773fc94d5e8ebbe810e527afbf'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a8f6e67c8e1f4fb5a34fef3b45796a19'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '92595e37e1b34e2fb0a21b04d44b33a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a937aec0782649739155f1b4e5e6fd66'
                        key: {
                            document_key: 'd5c5eb18e4e14484804cc91eba854d44'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a94e4aeb77c94be085841229ea944d79'
                        key: {
                            document_key: 'ad266148ed4d4b5a95a295ac000ddace'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a97fb655069e497bbf92174be104c6de'
                        key: {
                            document_key: '417de415856b41579c02a6d181284ff9'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a983dc0611a644c09942f39834deee0a'
                        key: {
                            document_key: 'eb82f3b3957e4e4b92dfc9c499bb69e0'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a9fc03e482834a9bbc697ca810aa4fdc'
                        key: {
                            document_key: '1a68b924a3564e0c9a1e84d2cccf2fc0'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'aa06b725fcfb4bf5a89f013ed7b3c15e'
                        key: {
                            list_id: {
                                id: 'dd099bea46b9465bbb0922ef934c7fb0'
                                key: {
                                    name: 'sys_user'
                                    view: {
                                        id: 'd34737313e164b789013c812b5f8dda3'
                                        key: {
                                            name: 'x_gcer_agent_mapping'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_gcer_genesys_user_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aa1ac1049c074981b7b0caa3666b723b'
                        key: {
                            document_key: 'c8fdcb2ce2be41d89023d60628c12d97'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aaedb2181db542daa5d5ae98451dc936'
                        key: {
                            document_key: '1a68b924a3564e0c9a1e84d2cccf2fc0'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ab18f2f783ec45328fb96a1a15da569e'
                        key: {
                            document_key: '74debf206b884e6290a52b669f32c59b'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ab4b3558bbd14ea4b6bb92161911fa09'
                        key: {
                            document_key: 'eb82f3b3957e4e4b92dfc9c499bb69e0'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ab59896f2ba3474d90c773b4908a6263'
                        key: {
                            name: 'interaction'
                            element: 'x_gcer_participant_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ab9a5515a5e94cb89458e192e14b38f6'
                        key: {
                            sys_security_acl: '2fda0b52afd840f5ac8c79f906ece450'
                            sys_user_role: {
                                id: '8cb6137502d746fa8528e079e96062bf'
                                key: {
                                    name: 'x_gcer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ac385fa2a2044380b853063f00523614'
                        key: {
                            document_key: 'f5cc6051044a4b079d4741947386ce48'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'acdcc01ce9fb4309976d678f4fb2dbe4'
                        key: {
                            sys_security_acl: '403327602bee4c608735e6b27aba7b41'
                            sys_user_role: {
                                id: '54510ca68fdf4e538557f94822aa51f4'
                                key: {
                                    name: 'x_gcer.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ad318290631d4ec2a538cc80453601b5'
                        deleted: true
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'event'
                            value: 'conversation_ended'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ad7e9d377f694b4d853738aa7989725c'
                        key: {
                            sys_security_acl: '20069755a1e04bb9a3af1d533197eb51'
                            sys_user_role: {
                                id: 'e523b541ad754956be989b0d9a6785f0'
                                key: {
                                    name: 'x_gcer.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ade96471e1144ada9d05592d9a6658f8'
                        key: {
                            document_key: '013a16c45d2140ab88dd1405551cf02f'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ae0302f4a3b24383af922360a3e82a62'
                        key: {
                            document_key: '79fdd450ed744094a3283e333a9a49fb'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ae38d17b553449c68bfa6387f24c7b04'
                        key: {
                            document_key: '5e39b2d789714b6b9eee71362d88f596'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ae3f1fd51af64194aa6039c18c5a3f41'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '601d5acdc7b8484b84a448341ec8c919'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ae4cab449f8644a6bd275b8db02ee5a2'
                        key: {
                            document_key: '9575c2498a06416d8e72384a9bff34c9'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'af080b9bef6c49bba08102fb1b4e0640'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'event'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'af99a94d767d40e88175e3d9c0780502'
                        key: {
                            document_key: 'dce28d1f0847402483a1e8f2bf96caa6'
                            variable: '56e6bee65320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'af9aff045b4b4fbc8836e7df2187128c'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b032e56f35ea4e27bcbb0379b5d761a9'
                        key: {
                            document_key: '59bc5268fcf946e59f3bdb5b85dbebcb'
                            variable: 'ba62b4075320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b0cfe4b7b3e343d8848afff8837f0dc2'
                        key: {
                            name: 'x_gcer_oauth_token'
                            element: 'access_token'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b0f7df8fcaf3468c9823ba2aa0cc0ec1'
                        key: {
                            document_key: 'a490fa72bbef452ca914ba9ce68cd374'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b149a5fe24db48ef9ad80edf948cad49'
                        key: {
                            document_key: 'ef02f7a083194e1f9691044d54d48625'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b153cc3ba86e4f6ab0d480f5424a19b2'
                        key: {
                            document_key: '46914515c2c242a7bf3a8572370ff308'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b16daa927dde435e92b3f72e2521f354'
                        key: {
                            document_key: 'b184ff1242064007890e2f56a9ed22b0'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b2cc574d7a1f46b6904d707cc306afc9'
                        key: {
                            document_key: '1a68b924a3564e0c9a1e84d2cccf2fc0'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b333c6235c6842168bfe8ab2cb880e20'
                        key: {
                            document_key: 'ad8b562c021d46039265bc92a5c9b5e9'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b36b21686dbb4079b35bd334b8c33cd3'
                        key: {
                            sys_security_acl: '37fce6f5267844aa8f9de90f1ab14d35'
                            sys_user_role: {
                                id: '54510ca68fdf4e538557f94822aa51f4'
                                key: {
                                    name: 'x_gcer.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b4163afc61d74c78a62da41901279d44'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'interaction'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b5666519729b49a5aa44baf33ba08be6'
                        key: {
                            sys_security_acl: 'af5e3ed4401645be9e1b96e0de434192'
                            sys_user_role: {
                                id: '8cb6137502d746fa8528e079e96062bf'
                                key: {
                                    name: 'x_gcer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b5cbc9a06d7649c7bd6517ff6128286a'
                        key: {
                            document_key: '1a68b924a3564e0c9a1e84d2cccf2fc0'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b5f40bd9666f4f35bb1867779b62430b'
                        key: {
                            document_key: 'f6d1b5eaa6894b6993d815e3733c8f3d'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b60b4b8092134f4b907b54a9828faccf'
                        key: {
                            document_key: 'c42d022936744b1fa0048efcc075685a'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b6302a75ecec42ab8abf2c2b8e51e913'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'c8c37e7cc55a4df4810c38bb6bafc4fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b6c4d579707447f3a7adc9a706916a45'
                        key: {
                            sys_security_acl: 'a92c0da97692421b8d66059f2208b2e3'
                            sys_user_role: {
                                id: 'e523b541ad754956be989b0d9a6785f0'
                                key: {
                                    name: 'x_gcer.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b6fe5b21c2d04de18708880d410e25a7'
                        key: {
                            sys_security_acl: '3bf3140cf8da41108ceec695ff2c8633'
                            sys_user_role: {
                                id: '8cb6137502d746fa8528e079e96062bf'
                                key: {
                                    name: 'x_gcer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b781d0a02f1b4156b6436b0be7d8ca99'
                        key: {
                            name: 'x_gcer_oauth_token'
                            element: 'credential_alias'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b8197597da1542c092a4051f11a9e9ed'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'operation'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'b839ed20ab014aefaa50bc9747500b78'
                        key: {
                            name: 'sys_user'
                            caption: 'Genesys agent mapping'
                            view: {
                                id: 'd34737313e164b789013c812b5f8dda3'
                                key: {
                                    name: 'x_gcer_agent_mapping'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b8c6ea31c51f45f0a85e7bddb25c4f9d'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'state'
                            value: 'dead'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b9d52c6594184a65ae1353ceba1e97c7'
                        key: {
                            document_key: '59bc5268fcf946e59f3bdb5b85dbebcb'
                            variable: '6619c7aa5320220002c6435723dc34e2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ba6dc53d0789465aaa67c8ec3836e4a8'
                        key: {
                            name: 'x_gcer_oauth_token'
                            element: 'environment'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'baf2b38dfdaf472ea25727d5896abcaa'
                        key: {
                            document_key: 'c4b9c459bddc402c8c49e7e819fc66e3'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bc312da613f74feda218bad116034b08'
                        key: {
                            sys_security_acl: '66e12f3a117c46989de46ae55c0a5b21'
                            sys_user_role: {
                                id: '54510ca68fdf4e538557f94822aa51f4'
                                key: {
                                    name: 'x_gcer.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bc43b5f43b63479682f5f4b657f2b8eb'
                        key: {
                            document_key: '15d3ee1e522849bc9d8dc7f7ac844fb5'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bc87399a77e741b1a30750826a114c79'
                        key: {
                            document_key: '7c90b05a58104a45968fd4928bfa3703'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bce6dd31aa8542c5997b38c973d29f3d'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'next_attempt_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bd7dd9e086a74d1db6c125684a5cf274'
                        key: {
                            sys_ui_section: {
                                id: 'b839ed20ab014aefaa50bc9747500b78'
                                key: {
                                    name: 'sys_user'
                                    caption: 'Genesys agent mapping'
                                    view: {
                                        id: 'd34737313e164b789013c812b5f8dda3'
                                        key: {
                                            name: 'x_gcer_agent_mapping'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'be9f8fbb1391450daf0f5b8d4bb1d328'
                        key: {
                            name: 'x_gcer_oauth_token'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'bef4512315214f6fad4e885f5065d15c'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bf87406575454ba196271f61f10194d2'
                        key: {
                            document_key: 'c42d022936744b1fa0048efcc075685a'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bfb3f22db986498c93286e3578a74a58'
                        key: {
                            document_key: 'a490fa72bbef452ca914ba9ce68cd374'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c119b2fcd6bd4d018cc04db2600806bf'
                        key: {
                            document_key: '417de415856b41579c02a6d181284ff9'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c11dc0ee848a409fb7700a3426bed29d'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'from_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c145bf14c6d24b6f9f887e79960d683c'
                        key: {
                            name: 'interaction'
                            element: 'x_gcer_pending_target'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c14911e42bf8476d9a49f794eb5bf24b'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: 'e43079773fc94d5e8ebbe810e527afbf'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c20646c1fc4b4da8a8d9e75844f12f5b'
                        key: {
                            document_key: '120285439bfd4db0bc45b71b25473435'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c27aa0e7f2f44222bb2e8f86f553b6fb'
                        key: {
                            document_key: '5a7336af60f34ad2b7cfe2ac5c689163'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c2ccf3271faa4097ab6f7b737bb88c2a'
                        key: {
                            document_key: '6c0b84e090584c479d1cac8ab9cbed10'
                            variable: 'ba62b4075320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c2eaf67a7bee43e9aa9aacde96c9e87d'
                        key: {
                            document_key: 'dce28d1f0847402483a1e8f2bf96caa6'
                            variable: 'bc43e004c76733005e5c45b881c26046'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c32815888fbe4e5f8375cbe5ce90d525'
                        key: {
                            document_key: '31a412fe56314fcd9e9cf73c238341f1'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c45e5a58450543e88e42f43dfbfdb881'
                        key: {
                            document_key: 'df7f0f6d02d64352aa9e897c25efb271'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c4eb75958149401aa0d53975ebbd88a2'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'external_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c51f94ea9cb343c3bc032f6986a4a807'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c55aadcf4d034e7db1739a7788a5ec9b'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'event'
                            value: 'hold'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c59b49749c7345948673ad46f2da14e4'
                        key: {
                            document_key: 'f66a8038df5f43c8b0be3e56a4a768b1'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c63993a8fcd847948967916824478bb5'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'next_attempt_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c67f00cfde0f4eb68060e606234c144b'
                        key: {
                            document_key: '417de415856b41579c02a6d181284ff9'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c7306a3d520349f2897cf6289a7dc860'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'target'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c822db99c7994010b57b337d9dbec1b8'
                        deleted: true
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'event'
                            value: 'agent_assigned'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c8dd61a0438f483189aafdc55750ea5f'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'to_status'
                            value: 'connected'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c91481411ce64e87b9456e0a1f91a403'
                        key: {
                            document_key: 'f902a87c75194328972134e000be7a8d'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c983e57a7dce47079a74c201068c1231'
                        key: {
                            name: 'x_gcer_oauth_token'
                            element: 'expires_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'c998f034d0c2436ea9c1451edca63b3d'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'to_status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c9cf34bcd536442495869ff9696b1776'
                        key: {
                            document_key: 'b184ff1242064007890e2f56a9ed22b0'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'cac0dcf02a5544588a8c6d53b5c50455'
                        key: {
                            sys_ui_action: '82a4316c763b4b3cb4a8994548d205d1'
                            sys_user_role: {
                                id: '8cb6137502d746fa8528e079e96062bf'
                                key: {
                                    name: 'x_gcer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cb4b071a51dd4459a156d3c289be0a95'
                        key: {
                            name: 'x_gcer_oauth_token'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'cc3879634bc5454bafe33119c9fe2096'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'c4b9c459bddc402c8c49e7e819fc66e3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cc3ec9419a8c44c485eba12176ceb128'
                        key: {
                            name: 'x_gcer_oauth_token'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cd998f9c9f0740b5867868b03e734108'
                        key: {
                            document_key: '2f342fa4dba242da995e6308f0b3d26f'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cf32e5ce3a8f470fb7e0a059c5265b80'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'operation'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'cf367401daad4311b3ab32f29b9ef87e'
                        key: {
                            name: 'interaction'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cfd3f4d6bb95431f86fa90285445ba44'
                        key: {
                            document_key: '46914515c2c242a7bf3a8572370ff308'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd048a66271c542ecb477554714c2e52b'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'attempts'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd1e101ba33004b8888be7a1aab6cadef'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'outcome'
                            value: 'unchanged'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd277414c080442808c3db3de6f7c4b49'
                        key: {
                            document_key: '357504469c9746dd9536427ae4b7b41f'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd2ba6dffb8dc4092bc510d9ccd37c81a'
                        key: {
                            document_key: 'bc68acd2647844698ef9bb6c6e53544c'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_ui_view'
                        id: 'd34737313e164b789013c812b5f8dda3'
                        key: {
                            name: 'x_gcer_agent_mapping'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd378cecbc33d4e07ba28649419ddb33e'
                        key: {
                            document_key: 'ad266148ed4d4b5a95a295ac000ddace'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd3f50f1b7eea49aaa1d12acfbeed3ea7'
                        key: {
                            document_key: 'c8c37e7cc55a4df4810c38bb6bafc4fd'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd52a5a68864b40c9b877c3bb057964a1'
                        key: {
                            document_key: '6c0b84e090584c479d1cac8ab9cbed10'
                            variable: 'bc43e004c76733005e5c45b881c26046'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd712e8f93e994191bab2b4f5ddb1e754'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'correlation_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd7346bcedcf140968f5b41cf483ed2b2'
                        key: {
                            document_key: 'dce28d1f0847402483a1e8f2bf96caa6'
                            variable: 'ba62b4075320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd7d608120c3e410baff3894393277b31'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'from_status'
                            value: 'none'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd93624e451a147edb86815758c0d14a9'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'operation'
                            value: 'unpark'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd9480f61a4634a99b8e735742bcf4d9a'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '766805a30b894132b5a8f61b7d591e6f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd96f07bfa3494f059a2606cb3fe68ad1'
                        key: {
                            document_key: '357504469c9746dd9536427ae4b7b41f'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd9717dbfbf8d46eb8002a0e1b1e9fc38'
                        key: {
                            sys_ui_section: {
                                id: 'b839ed20ab014aefaa50bc9747500b78'
                                key: {
                                    name: 'sys_user'
                                    caption: 'Genesys agent mapping'
                                    view: {
                                        id: 'd34737313e164b789013c812b5f8dda3'
                                        key: {
                                            name: 'x_gcer_agent_mapping'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'name'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd9c76c2ae167423ea771d9272755d51a'
                        key: {
                            sys_ui_section: {
                                id: 'b839ed20ab014aefaa50bc9747500b78'
                                key: {
                                    name: 'sys_user'
                                    caption: 'Genesys agent mapping'
                                    view: {
                                        id: 'd34737313e164b789013c812b5f8dda3'
                                        key: {
                                            name: 'x_gcer_agent_mapping'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '3'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'da4b684670994ce2b58e83ba7d4f2049'
                        key: {
                            name: 'x_gcer_oauth_token'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'dab17d6f0dc344fe9cbe1eee0ce15d4b'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'from_status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dae1318b28f54b7ea5c288e5ca3cbebb'
                        key: {
                            document_key: 'c8fdcb2ce2be41d89023d60628c12d97'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'db5bd31459d24a7e9aa06e9fbe465e66'
                        key: {
                            document_key: 'bc68acd2647844698ef9bb6c6e53544c'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dbb40c9541014536859120cdb7883e29'
                        key: {
                            document_key: 'd5c5eb18e4e14484804cc91eba854d44'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dbdacf4a483c4e2f85969c1e008fb57e'
                        key: {
                            document_key: '5e39b2d789714b6b9eee71362d88f596'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'dbf3e708117546768415d597985d98c0'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '974f040b60434828b04578568a18f413'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'dc8b9e7578bc4d34a35568101139fcab'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'to_status'
                            value: 'queued'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'dd099bea46b9465bbb0922ef934c7fb0'
                        key: {
                            name: 'sys_user'
                            view: {
                                id: 'd34737313e164b789013c812b5f8dda3'
                                key: {
                                    name: 'x_gcer_agent_mapping'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dd381eb01b834785be63b747b34781f5'
                        key: {
                            document_key: '5a7336af60f34ad2b7cfe2ac5c689163'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'deda18276e214d90a70d62c06c4a34e5'
                        key: {
                            document_key: '400eb4f0df2f4f9890006fe27d78e82b'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e00ff34905254b60af283037640a7b7d'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'interaction'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e08480049dd44f019ceb88340f35a609'
                        key: {
                            document_key: 'a6e7f81a4cab498f9d13d7e75d106c56'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e0f895981ba74628ba415a33508b3be0'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'last_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e15ed92105b44a0c832fee351fadede3'
                        key: {
                            document_key: 'b73b4eac843f4f418ecf86cbd2119f23'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e21d7e6ab73d444f962225bbd6904893'
                        key: {
                            document_key: '46914515c2c242a7bf3a8572370ff308'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e241230da91a47acbc8b9bb51d54db6a'
                        key: {
                            document_key: '74debf206b884e6290a52b669f32c59b'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'e2464d76aa3c4bcebcb1f2c746e4fb10'
                        key: {
                            sys_ui_action: '436f675858784c6fb229d462005ef020'
                            sys_user_role: {
                                id: '8cb6137502d746fa8528e079e96062bf'
                                key: {
                                    name: 'x_gcer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e287a80adaa94656804446ca899a20e2'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'interaction'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e2b7158786ec43aba12d746a83ee2cd6'
                        key: {
                            document_key: '766805a30b894132b5a8f61b7d591e6f'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e2db9bb21e154038ab39f6060d958594'
                        key: {
                            document_key: '46914515c2c242a7bf3a8572370ff308'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e3f9d6aa9ef54a8da15b95ed32300c57'
                        key: {
                            sys_security_acl: 'c8369cf7998945669edc356509d21e81'
                            sys_user_role: {
                                id: '54510ca68fdf4e538557f94822aa51f4'
                                key: {
                                    name: 'x_gcer.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e43c0955ee45484e86a72bf341233878'
                        key: {
                            sys_ui_section: {
                                id: 'b839ed20ab014aefaa50bc9747500b78'
                                key: {
                                    name: 'sys_user'
                                    caption: 'Genesys agent mapping'
                                    view: {
                                        id: 'd34737313e164b789013c812b5f8dda3'
                                        key: {
                                            name: 'x_gcer_agent_mapping'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'email'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'e523b541ad754956be989b0d9a6785f0'
                        key: {
                            name: 'x_gcer.agent'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'e5644cdf98ed443995764093bd53e1f8'
                        key: {
                            name: 'interaction'
                            element: 'x_gcer_routing_status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e626037a1d37424e9f99d62e55798901'
                        key: {
                            document_key: '7c90b05a58104a45968fd4928bfa3703'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e6c6778e5bf646d8bcccd4cc5c86c3a7'
                        key: {
                            document_key: '1109eed3f9984dd58a2a1ad52640d81f'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e6d8f219b66244e4b9d58b771f380efe'
                        key: {
                            document_key: '013a16c45d2140ab88dd1405551cf02f'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e6f9b706d70e41d08a1c4118a42e126d'
                        key: {
                            document_key: 'b184ff1242064007890e2f56a9ed22b0'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e72969bba2cf4e6aa9d3a5570aea3a74'
                        key: {
                            sys_ui_section: {
                                id: 'b839ed20ab014aefaa50bc9747500b78'
                                key: {
                                    name: 'sys_user'
                                    caption: 'Genesys agent mapping'
                                    view: {
                                        id: 'd34737313e164b789013c812b5f8dda3'
                                        key: {
                                            name: 'x_gcer_agent_mapping'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'user_name'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e7c0ab2ca9334f3a99327978e41ac03e'
                        key: {
                            document_key: '46ee4ffedf8e4e46b4412d0921f7be30'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e8157571b0424e799a712aa95f99af08'
                        key: {
                            sys_security_acl: '51a4a3c118e2429c847e2abed3e245b2'
                            sys_user_role: {
                                id: '8cb6137502d746fa8528e079e96062bf'
                                key: {
                                    name: 'x_gcer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e8d9850959d14e9287507de6e1582d81'
                        key: {
                            name: 'interaction'
                            element: 'x_gcer_conversation_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e8ffeeb9a12549368b2edd703465cbcb'
                        key: {
                            document_key: 'ad8b562c021d46039265bc92a5c9b5e9'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e9fffcc8ca9f47738d813327bfb882b5'
                        key: {
                            document_key: '93337e390d9f43d68870b6086df7e206'
                            variable: 'ba62b4075320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ea016abdddec475d894f731197fad222'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ea958cbe827644e89a307a3bd6dbef76'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'occurred_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'eaef876f5e1b47639c9cd11f9cc9202c'
                        key: {
                            name: 'interaction'
                            element: 'x_gcer_conversation_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ebb59145743f4cebbbf67044f3d22d53'
                        key: {
                            document_key: 'ad8b562c021d46039265bc92a5c9b5e9'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ed3bea0526e64e4c97ab66b54697971c'
                        key: {
                            document_key: '2b618257fa344f74a9fc21dc177e866c'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f003ea40b3414fbfacfb850083045946'
                        key: {
                            document_key: 'd5c5eb18e4e14484804cc91eba854d44'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f12674e948e44210881c72906654e75b'
                        key: {
                            document_key: 'df7f0f6d02d64352aa9e897c25efb271'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f16467cedc3249e6a78e4bf19d4cc59f'
                        key: {
                            document_key: 'd5c5eb18e4e14484804cc91eba854d44'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f1e827582d1c4de386ecdb6bf024a4d5'
                        key: {
                            document_key: '120285439bfd4db0bc45b71b25473435'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f1ef0ff34e094dbbb8026b0864c9bef8'
                        key: {
                            document_key: 'e43079773fc94d5e8ebbe810e527afbf'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f21041f50dd34063b5fedaac528db526'
                        key: {
                            document_key: '6074696b43744368bbbf507968ba5b36'
                            variable: '51547e3953212110248dddeeff7b126b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f313fc1f58514396854d23b3d788b6af'
                        key: {
                            document_key: '5e39b2d789714b6b9eee71362d88f596'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f35e7fa74a1a49eaa229e8ffe3c3e64f'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'actor'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f45d54f151ba413497f35a303e1c2e23'
                        key: {
                            sys_ui_section: {
                                id: 'b839ed20ab014aefaa50bc9747500b78'
                                key: {
                                    name: 'sys_user'
                                    caption: 'Genesys agent mapping'
                                    view: {
                                        id: 'd34737313e164b789013c812b5f8dda3'
                                        key: {
                                            name: 'x_gcer_agent_mapping'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '206393d4d1a44149b6fe73ca93ee8a11'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f4fcda04d67c4a66b55ee49b25a4ea79'
                        key: {
                            document_key: '5a7336af60f34ad2b7cfe2ac5c689163'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f57c1093ce3244808739d79f6ac20482'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'attempts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f5871c4e72014d7fa6976e62d52188af'
                        key: {
                            document_key: 'c8fdcb2ce2be41d89023d60628c12d97'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f5cc43a631294c3e98f6ed3a5de21308'
                        key: {
                            document_key: '2f342fa4dba242da995e6308f0b3d26f'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f61d77bf2205448189653943d297e6c4'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '0f2dd3eca79f4968b8234f2ff3129323'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f6e2bc2e97a445398b8df04d131d3b5c'
                        key: {
                            document_key: 'f5cc6051044a4b079d4741947386ce48'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f740d62d56524e428c1ef7cbdb04d917'
                        key: {
                            document_key: 'c8fdcb2ce2be41d89023d60628c12d97'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f85113e1e3e74f4996b7b0ee8c4120c0'
                        key: {
                            name: 'interaction'
                            element: 'x_gcer_routing_status'
                            value: 'abandoned'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f97e94404cd3442e8c176ec157dc3d4a'
                        key: {
                            document_key: 'ad266148ed4d4b5a95a295ac000ddace'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f988229074f642478a3bf05fdbd6dcc7'
                        key: {
                            name: 'interaction'
                            element: 'x_gcer_participant_id'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'fac727e2f2124017aaaa448a90c8898f'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'outcome'
                            value: 'rejected'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fb3c637d7d9a4f2d83bf6888c399b841'
                        key: {
                            document_key: 'ad8b562c021d46039265bc92a5c9b5e9'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fb47795bbd474cd6bd74a24aa0976e33'
                        key: {
                            document_key: '74debf206b884e6290a52b669f32c59b'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fc4b549305a444dd89faddc5ac51d5c1'
                        key: {
                            document_key: '7821160cf47b4046bdb6e7c10305c2d8'
                            variable: 'bc43e004c76733005e5c45b881c26046'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fc89614e1e8b41bb9fb9f978410430f5'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'claimed_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fc9d8b9126c64ba6802193aed91621f6'
                        key: {
                            document_key: 'c8fdcb2ce2be41d89023d60628c12d97'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'fccd0e71b0004f389dea9b3bfe573327'
                        key: {
                            sys_ui_section: {
                                id: 'b839ed20ab014aefaa50bc9747500b78'
                                key: {
                                    name: 'sys_user'
                                    caption: 'Genesys agent mapping'
                                    view: {
                                        id: 'd34737313e164b789013c812b5f8dda3'
                                        key: {
                                            name: 'x_gcer_agent_mapping'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fdfc94a68fab4e7db1a657a13f534fa9'
                        key: {
                            name: 'x_gcer_outbox'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'feb3fdefc93a482e90f03ddd9349dab3'
                        key: {
                            document_key: 'f902a87c75194328972134e000be7a8d'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fecd5668c98d46e7acf9c920737202fa'
                        key: {
                            document_key: 'f5cc6051044a4b079d4741947386ce48'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'ff2120104fbe4b7e8a53ece58ab97798'
                        key: {
                            name: 'sys_user'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ff26c5ac6255492c9013b039556819f2'
                        key: {
                            name: 'interaction'
                            element: 'x_gcer_parked_until'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ffdad6ab612e4f2784f3c9ca6c6e2580'
                        key: {
                            name: 'x_gcer_routing_event'
                            element: 'from_status'
                            value: 'parked'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'ffe337fccbb4467b891cdf13a65571b4'
                        key: {
                            name: 'interaction'
                        }
                    },
                ]
            }
        }
    }
}
