// Public server API of the app (x_gcer.GenesysEmailRouting) for admins' scripts, flows, other scopes
// and the inbound email actions' conditions: a thin bridge to the shipped module
// src/server/public-api.ts (SDK script-include guide, "Bridging Modules Through Script Includes").
var GenesysEmailRouting = Class.create()
GenesysEmailRouting.prototype = {
    initialize: function () {
        this._api = require('x_gcer/genesys-email-routing/0.1.0/src/server/public-api.ts')
    },

    validateQueueMappings: function (json) {
        return this._api.validateQueueMappings(json)
    },

    acceptsNewEmail: function (email) {
        return this._api.acceptsNewEmail(email)
    },

    acceptsReply: function (email) {
        return this._api.acceptsReply(email)
    },

    emailInteractionCoexistence: function () {
        return this._api.emailInteractionCoexistence()
    },

    setupCheck: function () {
        return this._api.setupCheck()
    },

    offlineSetupCheck: function () {
        return this._api.offlineSetupCheck()
    },

    type: 'GenesysEmailRouting',
}
