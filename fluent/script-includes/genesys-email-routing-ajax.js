// GlideAjax processor for the Workspace Transfer Email, Disconnect, Hold and Reply modals: a thin bridge to the
// shipped module src/server/workspace-ajax.ts (SDK script-include guide, "Bridging Modules Through
// Script Includes"). GlideAjax needs a client-callable script include extending AbstractAjaxProcessor;
// each method hands the module this processor (getParameter) and returns its JSON answer.
// Methods starting with "_" are not callable from the client.
var GenesysEmailRoutingAjax = Class.create()
GenesysEmailRoutingAjax.prototype = Object.extendsObject(global.AbstractAjaxProcessor, {
    getTransferOptions: function () {
        return this._module().getTransferOptions(this)
    },

    transfer: function () {
        return this._module().transfer(this)
    },

    getWrapupCodes: function () {
        return this._module().getWrapupCodes(this)
    },

    disconnect: function () {
        return this._module().disconnect(this)
    },

    hold: function () {
        return this._module().hold(this)
    },

    reply: function () {
        return this._module().reply(this)
    },

    _module: function () {
        return require('x_gcer/genesys-email-routing/0.1.0/src/server/workspace-ajax.ts')
    },

    type: 'GenesysEmailRoutingAjax',
})
