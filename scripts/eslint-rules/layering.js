// The layering rule: each folder of the repository lists what it MAY import — which of the
// repository's folders (by relative path), which Node built-ins and which npm packages — and every
// other import is an error. ESLint's own no-restricted-imports can only forbid, so a new package or
// folder would slip through until someone thought to forbid it; and it does not see import() or
// require(). This rule sees static imports, re-exports, `import type`, type-level import('…'),
// `import x = require(…)`, dynamic import() and require() calls.
//
// Options (one object), set per folder in eslint.config.js:
//   layer       the folder the linted files belong to, relative to the repository root ('.' for
//               files at the root); null for files no folder has claimed yet
//   folders     repository folders this layer may reach by relative path
//   nodeBuiltins  true (all), or the list of Node built-ins allowed (without the node: prefix)
//   packages    npm packages allowed; a subpath ('react-dom/client') counts as its package
//   computed    whether import()/require() may take a computed specifier, which no lint can check
import { builtinModules } from 'node:module';
import { dirname, isAbsolute, posix, relative, resolve, sep } from 'node:path';

const BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));

const schema = [
  {
    type: 'object',
    properties: {
      layer: { type: ['string', 'null'] },
      folders: { type: 'array', items: { type: 'string' } },
      nodeBuiltins: { anyOf: [{ type: 'boolean' }, { type: 'array', items: { type: 'string' } }] },
      packages: { type: 'array', items: { type: 'string' } },
      computed: { type: 'boolean' },
    },
    required: ['layer'],
    additionalProperties: false,
  },
];

/** The repository root, found from the file's own path: the part before its layer's folder.
 *  Deriving it (rather than configuring it) lets a fixture tree laid out like the repository be
 *  linted with the real configuration. */
function rootOf(filename, layer) {
  const file = filename.split(sep).join('/');
  if (layer === '.') return dirname(file);
  const at = file.lastIndexOf(`/${layer}/`);
  return at === -1 ? null : file.slice(0, at);
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function literalSpecifier(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? null;
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder imports only what its allow-list names (docs/architecture.md).' },
    schema,
    messages: {
      noLayer: 'This folder has no layering allow-list: give it one in eslint.config.js.',
      misplaced: 'This file is not under {{layer}}, the folder its allow-list in eslint.config.js names.',
      folder: "'{{specifier}}' reaches {{target}}, which {{layer}} may not import (it may import: {{allowed}}).",
      outside: "'{{specifier}}' leaves the repository.",
      absolute: "'{{specifier}}' is an absolute path: import by relative path or package name.",
      builtin: "'{{specifier}}' is a Node built-in, which {{layer}} may not use.",
      package: "'{{specifier}}' is npm package '{{name}}', which is not on {{layer}}'s list.",
      computed: '{{layer}} may not import a computed specifier: lint cannot check where it leads.',
    },
  },
  create(context) {
    const options = context.options[0];
    const layer = options.layer;
    if (layer === null) {
      return {
        Program(node) {
          context.report({ node, messageId: 'noLayer' });
        },
      };
    }
    const folders = options.folders ?? [];
    const builtinsAllowed = options.nodeBuiltins ?? false;
    const packages = new Set(options.packages ?? []);
    const root = rootOf(context.filename, layer);
    const layerName = layer === '.' ? 'the repository root' : layer;
    if (root === null) {
      // Relative paths cannot be placed without the root: refuse rather than pass them unchecked.
      return {
        Program(node) {
          context.report({ node, messageId: 'misplaced', data: { layer } });
        },
      };
    }

    function checkRelative(node, specifier) {
      const target = relative(root, resolve(dirname(context.filename), specifier))
        .split(sep)
        .join('/');
      if (target === '..' || target.startsWith('../') || isAbsolute(target)) {
        context.report({ node, messageId: 'outside', data: { specifier } });
        return;
      }
      const ok = folders.some((f) => (f === '.' ? !target.includes('/') : target === f || target.startsWith(`${f}/`)));
      if (!ok) {
        const shown = posix.dirname(target) === '.' ? target : posix.dirname(target);
        context.report({
          node,
          messageId: 'folder',
          data: { specifier, target: shown, layer: layerName, allowed: folders.join(', ') || 'no folder' },
        });
      }
    }

    function check(node, specifier) {
      if (specifier === null) {
        if (options.computed !== true) context.report({ node, messageId: 'computed', data: { layer: layerName } });
        return;
      }
      if (specifier.startsWith('.')) return checkRelative(node, specifier);
      if (specifier.startsWith('/') || /^[A-Za-z]:[\\/]/.test(specifier) || specifier.startsWith('file:')) {
        context.report({ node, messageId: 'absolute', data: { specifier } });
        return;
      }
      const bare = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
      const builtin = specifier.startsWith('node:') || BUILTINS.has(packageName(bare)) || BUILTINS.has(bare);
      if (builtin) {
        const name = bare.split('/')[0] ?? bare;
        const ok = builtinsAllowed === true || (Array.isArray(builtinsAllowed) && builtinsAllowed.includes(name));
        if (!ok) context.report({ node, messageId: 'builtin', data: { specifier, layer: layerName } });
        return;
      }
      const name = packageName(specifier);
      if (!packages.has(name))
        context.report({ node, messageId: 'package', data: { specifier, name, layer: layerName } });
    }

    const fromSource = (node) => {
      if (node.source) check(node.source, literalSpecifier(node.source));
    };
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression(node) {
        check(node.source, literalSpecifier(node.source));
      },
      TSImportType(node) {
        check(node, literalSpecifier(node.source ?? node.argument?.literal));
      },
      TSExternalModuleReference(node) {
        check(node.expression, literalSpecifier(node.expression));
      },
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length > 0) {
          check(node.arguments[0], literalSpecifier(node.arguments[0]));
        }
      },
    };
  },
};

export default { meta: { name: 'layering' }, rules: { 'allowed-imports': allowedImports } };
