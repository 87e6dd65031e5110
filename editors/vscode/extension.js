// modelplan for VS Code: starts `modelplan lsp --stdio` for YAML files and shows a rule's
// explanation (`modelplan explain <rule-id>`) when a diagnostic's rule link is opened.
'use strict';
const { execFile } = require('node:child_process');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

/** @type {LanguageClient | undefined} */
let client;

/** The server command line from the settings. */
function serverArgs(config) {
  const args = ['lsp', '--stdio'];
  const lang = config.get('lang');
  if (lang) args.push('--lang', lang);
  const modelplannen = config.get('modelplannen');
  if (modelplannen) args.push('--modelplannen', modelplannen);
  return args;
}

function explain(command, ruleId, lang) {
  return new Promise((resolve) => {
    execFile(command, ['explain', ruleId, '--lang', lang || 'nl'], (error, stdout) => resolve(error ? String(error.message) : stdout));
  });
}

function activate(context) {
  const config = vscode.workspace.getConfiguration('modelplan');
  const command = config.get('path') || 'modelplan';
  client = new LanguageClient(
    'modelplan',
    'modelplan',
    { command, args: serverArgs(config) },
    { documentSelector: [{ scheme: 'file', language: 'yaml' }, { scheme: 'untitled', language: 'yaml' }] },
  );
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider('modelplan-explain', {
      provideTextDocumentContent: (uri) => explain(command, decodeURIComponent(uri.path), config.get('lang')),
    }),
  );
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate, serverArgs };
