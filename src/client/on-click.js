function onClick(g_form) {
    // The clientScriptV2 of a Workspace UI action: Workspace calls onClick(g_form), with g_modal and
    // GlideAjax as page globals. scripts/build-client-scripts.mjs puts one client script from
    // src/client/*.ts, bundled by esbuild as `var clientModule = (() => { ... })()`, on the next line.
    var clientModule = BUNDLED_CLIENT_MODULE
    return clientModule.onClick(g_form, g_modal, GlideAjax)
}
