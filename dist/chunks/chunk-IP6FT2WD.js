import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  nearest
} from "./chunk-PPVHFCDL.js";
import {
  InputError,
  InputErrors,
  clipName
} from "./chunk-4ITU3WLR.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-2D7T7GZO.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match2 = str.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep2 + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index2] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index2];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path2) => {
      const parent = visit2.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/kernel/dates.ts
var DAY_MS = 864e5;
function parseIsoDay(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(ms / DAY_MS);
}
function utcDay(now) {
  return Math.floor(now.getTime() / DAY_MS);
}
function expiryOf(expiresDay, now, warningDays) {
  const left = expiresDay - utcDay(now);
  if (left < 0) return { kind: "expired", days_ago: -left };
  if (left <= warningDays) return { kind: "expiring", days_left: left };
  return { kind: "valid", days_left: left };
}
var NAMED_CADENCES = {
  daily: { months: 0, days: 1 },
  weekly: { months: 0, days: 7 },
  biweekly: { months: 0, days: 14 },
  fortnightly: { months: 0, days: 14 },
  monthly: { months: 1, days: 0 },
  quarterly: { months: 3, days: 0 },
  "half-yearly": { months: 6, days: 0 },
  yearly: { months: 12, days: 0 },
  annually: { months: 12, days: 0 }
};
var ISO_DURATION = /^P(?!$)(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,5})D)?(?:T(?=\d)(?:(\d{1,6})H)?)?$/;
function parseCadence(text) {
  const named = NAMED_CADENCES[text.trim().toLowerCase()];
  if (named) return { ...named, text };
  const m = ISO_DURATION.exec(text.trim().toUpperCase());
  if (!m) return null;
  const [y, mo, w, d, h] = m.slice(1).map((x) => x === void 0 ? 0 : Number(x));
  const months = y * 12 + mo;
  const days = w * 7 + d + Math.ceil(h / 24);
  return months + days > 0 ? { months, days, text } : null;
}
function addCadence(day, cadence) {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + cadence.months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const ms = Date.UTC(y, m, Math.min(d.getUTCDate(), last));
  return Math.round(ms / DAY_MS) + cadence.days;
}
function isoDay(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

// src/kernel/yaml-walk.ts
var import_yaml = __toESM(require_dist(), 1);

// src/kernel/number-text.ts
function underflowsToZero(text, value) {
  if (value !== 0) return false;
  const mantissa = text.replace(/[eE].*$/, "");
  return /[1-9]/.test(mantissa);
}
var UNDERFLOW_MESSAGE = "the number is too close to 0 to be represented (below about 1e-308) and would be read as 0; write 0, or a value in range";

// src/kernel/yaml-walk.ts
var MAX_DEPTH = 64;
var MAX_NODES = 2e5;
var MAX_KEY_CHARS = 200;
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype", "<<"]);
var CORE_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));
function pointerToField(pointer) {
  if (pointer === "") return "(top level)";
  let out = "";
  for (const raw of pointer.slice(1).split("/")) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}
function pointerOf(parts) {
  return parts.map((p) => "/" + String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}
function nonFiniteMessage(written) {
  const what = written ? `${written} is not a finite number (Python's json.dump writes it unless allow_nan=False): ` : "";
  return `${what}NaN and infinite numbers are not accepted; report a finite number or leave the field out`;
}
function visit(ctx, node, path2, depth) {
  const pointer = pointerOf(path2);
  const field = pointerToField(pointer);
  const range2 = node?.range;
  const where = { file: ctx.file, field: path2.length ? field : void 0, ...ctx.pos(range2?.[0]) };
  if (++ctx.nodes > MAX_NODES) throw new InputError(`too many values (more than ${MAX_NODES})`, { file: ctx.file });
  if (depth > MAX_DEPTH) throw new InputError(`nesting is deeper than ${MAX_DEPTH} levels`, where);
  if (where.line !== void 0) ctx.positions.set(pointer, { line: where.line, column: where.column ?? 1 });
  return { where, field };
}
function checkNodeKind(node, where) {
  if ((0, import_yaml.isAlias)(node) || node.anchor) {
    throw new InputError("YAML anchors and aliases (&name, *name) are not allowed; write the values out", where);
  }
  const tag = node.tag;
  if (tag && !CORE_TAGS.has(tag)) throw new InputError("custom YAML tags are not allowed; write a plain value", where);
}
function walkNode(ctx, node, path2, depth) {
  const { where, field } = visit(ctx, node, path2, depth);
  if (node === null || node === void 0) return null;
  checkNodeKind(node, where);
  if ((0, import_yaml.isMap)(node)) return walkMap(ctx, node, path2, depth, { where, field });
  if ((0, import_yaml.isSeq)(node)) return node.items.map((item, i) => walkNode(ctx, item, [...path2, i], depth + 1));
  if ((0, import_yaml.isScalar)(node)) return scalarValue(ctx, node, where);
  throw new InputError("unsupported YAML node", where);
}
function walkMap(ctx, node, path2, depth, at) {
  const out = {};
  for (const pair of node.items) {
    if (!(0, import_yaml.isPair)(pair)) continue;
    const keyNode = pair.key;
    if (!(0, import_yaml.isScalar)(keyNode) || typeof keyNode.value !== "string" && typeof keyNode.value !== "number") {
      throw new InputError("mapping keys must be plain strings", at.where);
    }
    const kpos = { file: ctx.file, field: at.field, ...ctx.pos(keyNode.range?.[0]) };
    const key = checkKey(String(keyNode.value), out, kpos);
    if (kpos.line !== void 0)
      ctx.positions.set(`${pointerOf([...path2, key])}#key`, { line: kpos.line, column: kpos.column ?? 1 });
    Object.defineProperty(out, key, {
      value: walkNode(ctx, pair.value, [...path2, key], depth + 1),
      enumerable: true,
      writable: true,
      configurable: true
    });
  }
  return out;
}
function scalarValue(ctx, node, where) {
  const v = node.value;
  if (typeof v === "number" && ctx.keepNonFinite && !Number.isFinite(v)) return v;
  if (typeof v === "number" || typeof v === "bigint") return checkNumber(Number(v), node.source, where);
  if (ctx.json && node.type === "PLAIN" && typeof v === "string" && /^-?(NaN|Infinity)$/.test(v)) {
    if (ctx.keepNonFinite) return v === "NaN" ? NaN : v.startsWith("-") ? -Infinity : Infinity;
    throw new InputError(nonFiniteMessage(v), where);
  }
  return v;
}
function checkKey(key, out, kpos) {
  if (FORBIDDEN_KEYS.has(key)) {
    throw new InputError(
      `the key "${key}" is not allowed${key === "<<" ? " (YAML merge keys are disabled)" : ""}; remove it`,
      kpos
    );
  }
  if (key.length > MAX_KEY_CHARS) throw new InputError(`a key is longer than ${MAX_KEY_CHARS} characters`, kpos);
  if (Object.prototype.hasOwnProperty.call(out, key)) {
    const name = /^[A-Za-z0-9_.\-/]{1,60}$/.test(key) ? `the key "${key}"` : "a key";
    throw new InputError(`${name} appears twice in the same mapping; keep one`, kpos);
  }
  return key;
}
function checkNumber(n, source, where) {
  const src = (source ?? "").trim();
  if (/^[-+]?0[xXoObB]/.test(src)) {
    throw new InputError("hexadecimal, octal and binary numbers are not accepted; write the number in decimal", where);
  }
  if (!Number.isFinite(n)) throw new InputError(nonFiniteMessage(), where);
  if (underflowsToZero(src, n)) throw new InputError(UNDERFLOW_MESSAGE, where);
  if (Number.isInteger(n) && !Number.isSafeInteger(n) && /^[-+]?\d+$/.test(src)) {
    throw new InputError(
      "integer is larger than 2^53 and would lose precision; write it as a float or a string",
      where
    );
  }
  return n;
}

// src/kernel/safe-parse.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/kernel/syntax-hints.ts
function separatorCount(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 44) n++;
  }
  return n;
}
function lineColumn(text, offset) {
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}
function outsideJsonStrings(text, visit2) {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else visit2(i, ch);
  }
}
function jsonProblem(text) {
  let message;
  try {
    JSON.parse(text);
    return null;
  } catch (e) {
    message = e instanceof Error ? e.message : "";
  }
  const chars = text.split("");
  let masked = false;
  outsideJsonStrings(text, (i) => {
    const m = /^-?(NaN|Infinity)/.exec(text.slice(i, i + 9));
    if (m && (i === 0 || !/[\w.]/.test(text[i - 1]))) {
      for (let k = 0; k < m[0].length; k++) chars[i + k] = k === 0 ? "0" : " ";
      masked = true;
    }
  });
  if (masked) {
    try {
      JSON.parse(chars.join(""));
      return null;
    } catch {
    }
  }
  let trailing = null;
  outsideJsonStrings(text, (i, ch) => {
    if (trailing === null && ch === "," && /^\s*[}\]]/.test(text.slice(i + 1, i + 200)))
      trailing = i + 1 + /^\s*/.exec(text.slice(i + 1))[0].length;
  });
  if (trailing !== null) return { kind: "trailing_comma", offset: trailing };
  const pos = /position (\d+)/.exec(message);
  return { kind: "syntax", offset: pos ? Number(pos[1]) : /end of JSON/i.test(message) ? text.length : null };
}
function isBlockIndicator(text, i) {
  const ch = text[i];
  if (ch !== "-" && ch !== "?" && ch !== ":") return false;
  const next = text[i + 1];
  return next === void 0 || next === " " || next === "	" || next === "\r" || next === "\n";
}
function flowScan(text) {
  const s = { open: [], depth: 0, quote: null, prev: "\n", run: 0, runAt: 0, blockRun: 0, blockRunAt: 0 };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (s.quote) {
      i = quotedStep(s, text, i);
      continue;
    }
    if (ch === " " || ch === "	" || ch === "\r") continue;
    countBlockRun(s, text, i);
    if (ch === "#" && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i < text.length && text[i] !== "\n") i++;
      s.prev = "\n";
      continue;
    }
    flowStep(s, ch, i);
  }
  return {
    unclosed: s.open.length > 0 ? s.open[0] : null,
    depth: s.depth,
    blockRun: s.blockRun,
    blockRunAt: s.blockRunAt
  };
}
function quotedStep(s, text, i) {
  const ch = text[i];
  if (ch === "\\" && s.quote === '"') return i + 1;
  if (ch !== s.quote) return i;
  if (s.quote === "'" && text[i + 1] === "'") return i + 1;
  s.quote = null;
  s.prev = ch;
  return i;
}
function countBlockRun(s, text, i) {
  if (!isBlockIndicator(text, i)) {
    s.run = 0;
    return;
  }
  if (s.run === 0) s.runAt = i;
  if (++s.run > s.blockRun) [s.blockRun, s.blockRunAt] = [s.run, s.runAt];
}
function flowStep(s, ch, i) {
  const atStart = s.prev === "\n" || ":-,[{".includes(s.prev);
  if (atStart && (ch === '"' || ch === "'")) s.quote = ch;
  else if (atStart && (ch === "[" || ch === "{")) {
    s.open.push(i);
    s.depth = Math.max(s.depth, s.open.length);
  } else if ((ch === "]" || ch === "}") && s.open.length > 0) s.open.pop();
  s.prev = ch;
}

// src/kernel/safe-parse.ts
var MAX_TEXT_CHARS = 5 * 1024 * 1024;
var YAML_ERROR_HINTS = {
  TAG_RESOLVE_FAILED: "custom YAML tags (!tag) are not allowed; write a plain value",
  BAD_INDENT: "the indentation is inconsistent; indent nested keys with spaces, consistently",
  TAB_AS_INDENT: "tabs cannot indent YAML; use spaces",
  MISSING_CHAR: "a closing bracket, brace or quote is missing",
  MULTIPLE_DOCS: "the file holds several YAML documents (---); keep one",
  BLOCK_AS_IMPLICIT_KEY: "a key is malformed; check the colon after each key",
  MULTILINE_IMPLICIT_KEY: "a key spans several lines; check for a missing colon or quote",
  UNEXPECTED_TOKEN: "unexpected characters; check the syntax near this position",
  KEY_OVER_1024_CHARS: "a key is longer than 1024 characters; use a shorter name"
};
function checkText(text, file) {
  if (text.length > MAX_TEXT_CHARS) {
    throw new InputError(`file is too large (${text.length} characters; the limit is ${MAX_TEXT_CHARS})`, { file });
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  if (text.includes("\0")) {
    throw new InputError("file contains NUL bytes: it is binary or UTF-16; save it as UTF-8 text", { file });
  }
  if (text.trim() === "") throw new InputError("file is empty; expected a YAML or JSON mapping", { file });
  return text;
}
var JSON_FILE = /\.json($|[\s@])/i;
function checkJsonGrammar(text, file) {
  const problem = jsonProblem(text);
  if (!problem) return;
  const where = problem.offset !== null ? lineColumn(text, problem.offset) : {};
  throw new InputError(
    problem.kind === "trailing_comma" ? "not valid JSON: a trailing comma before a closing } or ]; remove it" : "not valid JSON: check the syntax near this position (double quotes around keys and strings, commas between items, no comments)",
    { file, ...where }
  );
}
function preScan(text, file) {
  if (separatorCount(text) > MAX_NODES) throw new InputError(`too many values (more than ${MAX_NODES})`, { file });
  const flow = flowScan(text);
  if (flow.depth > MAX_DEPTH)
    throw new InputError(`nesting is deeper than ${MAX_DEPTH} levels`, { file, ...lineColumn(text, 0) });
  if (flow.blockRun > MAX_DEPTH) {
    throw new InputError(
      `nesting is deeper than ${MAX_DEPTH} levels: more than ${MAX_DEPTH} block indicators ("- ", "? ", ": ") in a row on one line; put nested items on lines of their own`,
      { file, ...lineColumn(text, flow.blockRunAt) }
    );
  }
  return flow;
}
function parseYaml(text, file, lineCounter) {
  try {
    return (0, import_yaml2.parseDocument)(text, {
      version: "1.2",
      schema: "core",
      merge: false,
      // The package's duplicate check compares each key with every earlier one (40k keys: 43 s); the walk
      // finds duplicates with a set instead.
      uniqueKeys: false,
      customTags: [],
      strict: true,
      prettyErrors: false,
      lineCounter
    });
  } catch {
    throw new InputError("the file could not be parsed as YAML or JSON (nesting too deep or malformed)", { file });
  }
}
function throwYamlProblems(doc, flow, file, pos) {
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length === 0) return;
  const errors = problems.slice(0, 10).map((e) => {
    const open = e.code === "BAD_INDENT" || e.code === "UNEXPECTED_TOKEN" || e.code === "BLOCK_AS_IMPLICIT_KEY" ? flow.unclosed : null;
    const hint = open !== null ? "this [ or { is not closed; add the closing bracket or brace" : YAML_ERROR_HINTS[e.code] ?? (/call stack/i.test(e.message) ? "nesting is too deep" : "invalid YAML/JSON syntax");
    return new InputError(`${hint} (YAML error ${e.code})`, { file, ...pos(open ?? e.pos[0]) });
  });
  const unique = errors.filter((e, i) => errors.findIndex((o) => o.format() === e.format()) === i);
  throw unique.length === 1 ? unique[0] : new InputErrors(unique);
}
function parseYamlOrJson(input, file, opts = {}) {
  const text = checkText(input, file);
  const json = JSON_FILE.test(file);
  if (json) checkJsonGrammar(text, file);
  const flow = preScan(text, file);
  const lineCounter = new import_yaml2.LineCounter();
  const doc = parseYaml(text, file, lineCounter);
  const pos = (offset) => {
    if (offset === void 0) return { line: void 0, column: void 0 };
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  throwYamlProblems(doc, flow, file, pos);
  if (doc.directives?.yaml.explicit && doc.directives.yaml.version !== "1.2") {
    throw new InputError("only YAML 1.2 is accepted; remove the %YAML directive", { file, line: 1, column: 1 });
  }
  const positions = /* @__PURE__ */ new Map();
  const ctx = { file, json, keepNonFinite: opts.nonFinite === "number", pos, positions, nodes: 0 };
  return { value: walkNode(ctx, doc.contents, [], 0), positions };
}

// src/schema/generated/document-validators.js
var __runtime0 = (() => {
  const exports = {};
  "use strict";
  Object.defineProperty(exports, "__esModule", { value: true });
  function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
      length++;
      value = str.charCodeAt(pos++);
      if (value >= 55296 && value <= 56319 && pos < len) {
        value = str.charCodeAt(pos);
        if ((value & 64512) === 56320)
          pos++;
      }
    }
    return length;
  }
  exports.default = ucs2length;
  return exports;
})();
var report = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/mlgate/mlgate/schemas/report.schema.json", "title": "mlgate model report", "description": "What a training/eval job writes for mlgate: one report per model. Format version 1. See docs/report.md.", "type": "object", "additionalProperties": false, "required": ["version", "model", "metrics"], "properties": { "$schema": { "type": "string", "description": "Optional: the schema URL, for editors." }, "version": { "const": 1, "description": "Report format version. Always 1." }, "model": { "type": "string", "minLength": 1, "maxLength": 100, "pattern": "^[A-Za-z0-9][A-Za-z0-9._/-]*$", "description": "Model name (key): letters, digits, '.', '_', '-', '/'. One report per model." }, "metrics": { "type": "object", "description": "Headline metrics on the gold evaluation set: name -> finite number.", "minProperties": 1, "maxProperties": 200, "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$" }, "additionalProperties": { "type": "number" } }, "eval": { "type": "object", "additionalProperties": false, "description": "The gold evaluation set.", "properties": { "dataset": { "type": "string", "maxLength": 200, "description": "Name or version of the gold set." }, "size": { "type": "integer", "minimum": 1, "description": "Number of evaluation examples." }, "predictions": { "type": "string", "maxLength": 500, "description": "Per-example predictions (CSV or JSONL with id,label,prediction[,score]), relative to the report file." }, "slices": { "type": "object", "description": "Metrics per slice or group: slice -> metric -> value, compared with the base's like the headline metrics. A slice's `size` is its number of examples (then proportions such as accuracy get a test).", "maxProperties": 200, "additionalProperties": { "type": "object", "maxProperties": 51, "description": "A slice's metrics (at most 50, and 2,000 over all slices) and its size.", "properties": { "size": { "type": "integer", "minimum": 1, "description": "Examples in the slice." } }, "additionalProperties": { "type": "number" } } } } }, "cost": { "type": "object", "additionalProperties": false, "description": "Compute cost of training (and optionally inference).", "properties": { "train_cpu_hours": { "type": "number", "minimum": 0, "description": "CPU-hours of one training run." }, "train_gpu_hours": { "type": "number", "minimum": 0, "description": "GPU-hours of one training run." }, "train_usd": { "type": "number", "minimum": 0, "description": "Money spent on one training run, when the job knows it (overrides the price table). Currency as configured." }, "inference_ms_per_1k": { "type": "number", "minimum": 0, "description": "Inference compute: milliseconds per 1,000 predictions." }, "price_per_1k_predictions": { "type": "number", "minimum": 0, "description": "Inference price per 1,000 predictions." } } }, "data": { "type": "object", "additionalProperties": false, "properties": { "train_size": { "type": "integer", "minimum": 1, "description": "Training examples used." }, "version": { "type": "string", "maxLength": 200, "description": "Data version or hash (e.g. sha256:...)." } } }, "learning_curve": { "type": "object", "additionalProperties": false, "required": ["metric"], "description": "The same model trained on growing subsets of the data, evaluated on the same set.", "properties": { "metric": { "type": "string", "minLength": 1, "maxLength": 100, "pattern": "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$", "description": "Which metric the points measure: a metric name (letters, digits and . _ / @ : -), which also names the chart." }, "points": { "type": "array", "maxItems": 1e3, "items": { "type": "object", "required": ["train_size"], "description": "train_size, the metric's value under its own name, optional std and cost columns (train_cpu_hours, train_gpu_hours).", "properties": { "train_size": { "type": "number", "exclusiveMinimum": 0 }, "std": { "type": "number", "minimum": 0 }, "train_cpu_hours": { "type": "number", "minimum": 0 }, "train_gpu_hours": { "type": "number", "minimum": 0 } }, "additionalProperties": { "type": "number" } } }, "file": { "type": "string", "maxLength": 500, "description": "CSV with the same columns, relative to the report file." } } }, "lifecycle": { "$ref": "#/definitions/lifecycle" } }, "definitions": { "handle": { "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", "description": "A GitHub user handle." }, "feature": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 100 }, "mean": { "type": "number" }, "std": { "type": "number", "minimum": 0 }, "sigma": { "type": "number", "exclusiveMinimum": 0, "description": "Alert outside mean \xB1 sigma\xB7std." }, "min": { "type": "number" }, "max": { "type": "number" } } }, "lifecycle": { "type": "object", "additionalProperties": false, "description": "Evidence for the ML lifecycle checklist (docs/checklist.md).", "properties": { "model_card": { "type": "string", "maxLength": 500, "description": "Workspace-relative path of the model card or README." }, "owner": { "$ref": "#/definitions/handle" }, "backup_owner": { "$ref": "#/definitions/handle" }, "reproducibility": { "type": "object", "additionalProperties": false, "properties": { "code_commit": { "type": "string", "pattern": "^[0-9a-fA-F]{7,64}$", "description": "Commit of the training code." }, "seed": { "type": "integer", "description": "Random seed." }, "lock_file": { "type": "string", "maxLength": 500, "description": "Workspace-relative path of the environment lock file." }, "lock_sha256": { "type": "string", "pattern": "^(sha256:)?[0-9a-fA-F]{64}$", "description": "sha256 of the lock file the model was trained with; the checklist fails when the file in the repository differs." }, "command": { "type": "string", "maxLength": 1e3, "description": "The command that reproduces the run." } } }, "monitoring": { "type": "object", "additionalProperties": false, "properties": { "alert_sigma": { "type": "number", "exclusiveMinimum": 0, "description": "Default 2." }, "inputs": { "type": "array", "maxItems": 500, "items": { "$ref": "#/definitions/feature" } }, "outputs": { "type": "array", "maxItems": 500, "items": { "$ref": "#/definitions/feature" } } } }, "retraining": { "type": "object", "additionalProperties": false, "properties": { "cadence": { "type": "string", "maxLength": 100, "description": "daily, weekly, biweekly, monthly, quarterly, half-yearly, yearly, or an ISO-8601 duration (P30D, P2W, P1M, P1Y6M, PT36H). Anything else (never, as needed) is an input error." }, "trained_at": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "YYYY-MM-DD (UTC) of the training run. Absent: the day of a PR that changes data.version." }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "YYYY-MM-DD (UTC) after which the model must not serve." } } }, "product_metric": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 100 }, "direction": { "enum": ["higher", "lower"] }, "description": { "type": "string", "maxLength": 1e3 } } }, "operating_point": { "type": "object", "additionalProperties": false, "properties": { "threshold": { "type": "number" }, "precision": { "type": "number", "minimum": 0, "maximum": 1 }, "recall": { "type": "number", "minimum": 0, "maximum": 1 }, "description": { "type": "string", "maxLength": 1e3 } } }, "business_case": { "type": "object", "additionalProperties": false, "properties": { "value_per_month": { "type": "number" }, "cost_per_month": { "type": "number", "minimum": 0, "description": "Running cost per month besides serving (the serving cost is added when it can be computed)." }, "predictions_per_month": { "type": "number", "minimum": 0, "description": "Predictions served per month: with cost.price_per_1k_predictions (or cost.inference_ms_per_1k and the config's cost.prices.inference_hour) gives the serving cost per month." }, "currency": { "type": "string", "pattern": "^[A-Z]{3}$" }, "description": { "type": "string", "maxLength": 1e3 } } } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = __runtime0.default;
var pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._/-]*$", "u");
var pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$", "u");
var schema12 = { "type": "object", "additionalProperties": false, "description": "Evidence for the ML lifecycle checklist (docs/checklist.md).", "properties": { "model_card": { "type": "string", "maxLength": 500, "description": "Workspace-relative path of the model card or README." }, "owner": { "$ref": "#/definitions/handle" }, "backup_owner": { "$ref": "#/definitions/handle" }, "reproducibility": { "type": "object", "additionalProperties": false, "properties": { "code_commit": { "type": "string", "pattern": "^[0-9a-fA-F]{7,64}$", "description": "Commit of the training code." }, "seed": { "type": "integer", "description": "Random seed." }, "lock_file": { "type": "string", "maxLength": 500, "description": "Workspace-relative path of the environment lock file." }, "lock_sha256": { "type": "string", "pattern": "^(sha256:)?[0-9a-fA-F]{64}$", "description": "sha256 of the lock file the model was trained with; the checklist fails when the file in the repository differs." }, "command": { "type": "string", "maxLength": 1e3, "description": "The command that reproduces the run." } } }, "monitoring": { "type": "object", "additionalProperties": false, "properties": { "alert_sigma": { "type": "number", "exclusiveMinimum": 0, "description": "Default 2." }, "inputs": { "type": "array", "maxItems": 500, "items": { "$ref": "#/definitions/feature" } }, "outputs": { "type": "array", "maxItems": 500, "items": { "$ref": "#/definitions/feature" } } } }, "retraining": { "type": "object", "additionalProperties": false, "properties": { "cadence": { "type": "string", "maxLength": 100, "description": "daily, weekly, biweekly, monthly, quarterly, half-yearly, yearly, or an ISO-8601 duration (P30D, P2W, P1M, P1Y6M, PT36H). Anything else (never, as needed) is an input error." }, "trained_at": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "YYYY-MM-DD (UTC) of the training run. Absent: the day of a PR that changes data.version." }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "YYYY-MM-DD (UTC) after which the model must not serve." } } }, "product_metric": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 100 }, "direction": { "enum": ["higher", "lower"] }, "description": { "type": "string", "maxLength": 1e3 } } }, "operating_point": { "type": "object", "additionalProperties": false, "properties": { "threshold": { "type": "number" }, "precision": { "type": "number", "minimum": 0, "maximum": 1 }, "recall": { "type": "number", "minimum": 0, "maximum": 1 }, "description": { "type": "string", "maxLength": 1e3 } } }, "business_case": { "type": "object", "additionalProperties": false, "properties": { "value_per_month": { "type": "number" }, "cost_per_month": { "type": "number", "minimum": 0, "description": "Running cost per month besides serving (the serving cost is added when it can be computed)." }, "predictions_per_month": { "type": "number", "minimum": 0, "description": "Predictions served per month: with cost.price_per_1k_predictions (or cost.inference_ms_per_1k and the config's cost.prices.inference_hour) gives the serving cost per month." }, "currency": { "type": "string", "pattern": "^[A-Z]{3}$" }, "description": { "type": "string", "maxLength": 1e3 } } } } };
var schema13 = { "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", "description": "A GitHub user handle." };
var schema15 = { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 100 }, "mean": { "type": "number" }, "std": { "type": "number", "minimum": 0 }, "sigma": { "type": "number", "exclusiveMinimum": 0, "description": "Alert outside mean \xB1 sigma\xB7std." }, "min": { "type": "number" }, "max": { "type": "number" } } };
var pattern3 = new RegExp("^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", "u");
var pattern5 = new RegExp("^[0-9a-fA-F]{7,64}$", "u");
var pattern6 = new RegExp("^(sha256:)?[0-9a-fA-F]{64}$", "u");
var pattern7 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
var pattern9 = new RegExp("^[A-Z]{3}$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema12.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.model_card !== void 0) {
      let data0 = data.model_card;
      if (typeof data0 === "string") {
        if (func3(data0) > 500) {
          const err1 = { instancePath: instancePath + "/model_card", schemaPath: "#/properties/model_card/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema12.properties.model_card, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/model_card", schemaPath: "#/properties/model_card/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.model_card.type, parentSchema: schema12.properties.model_card, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data1 = data.owner;
      if (typeof data1 === "string") {
        if (!pattern3.test(data1)) {
          const err3 = { instancePath: instancePath + "/owner", schemaPath: "#/definitions/handle/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$" }, message: 'must match pattern "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"', schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", parentSchema: schema13, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/owner", schemaPath: "#/definitions/handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.backup_owner !== void 0) {
      let data2 = data.backup_owner;
      if (typeof data2 === "string") {
        if (!pattern3.test(data2)) {
          const err5 = { instancePath: instancePath + "/backup_owner", schemaPath: "#/definitions/handle/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$" }, message: 'must match pattern "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"', schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", parentSchema: schema13, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/backup_owner", schemaPath: "#/definitions/handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.reproducibility !== void 0) {
      let data3 = data.reproducibility;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "code_commit" || key1 === "seed" || key1 === "lock_file" || key1 === "lock_sha256" || key1 === "command")) {
            const err7 = { instancePath: instancePath + "/reproducibility", schemaPath: "#/properties/reproducibility/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.reproducibility, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data3.code_commit !== void 0) {
          let data4 = data3.code_commit;
          if (typeof data4 === "string") {
            if (!pattern5.test(data4)) {
              const err8 = { instancePath: instancePath + "/reproducibility/code_commit", schemaPath: "#/properties/reproducibility/properties/code_commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{7,64}$" }, message: 'must match pattern "^[0-9a-fA-F]{7,64}$"', schema: "^[0-9a-fA-F]{7,64}$", parentSchema: schema12.properties.reproducibility.properties.code_commit, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/reproducibility/code_commit", schemaPath: "#/properties/reproducibility/properties/code_commit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.reproducibility.properties.code_commit.type, parentSchema: schema12.properties.reproducibility.properties.code_commit, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data3.seed !== void 0) {
          let data5 = data3.seed;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err10 = { instancePath: instancePath + "/reproducibility/seed", schemaPath: "#/properties/reproducibility/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.reproducibility.properties.seed.type, parentSchema: schema12.properties.reproducibility.properties.seed, data: data5 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.lock_file !== void 0) {
          let data6 = data3.lock_file;
          if (typeof data6 === "string") {
            if (func3(data6) > 500) {
              const err11 = { instancePath: instancePath + "/reproducibility/lock_file", schemaPath: "#/properties/reproducibility/properties/lock_file/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema12.properties.reproducibility.properties.lock_file, data: data6 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/reproducibility/lock_file", schemaPath: "#/properties/reproducibility/properties/lock_file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.reproducibility.properties.lock_file.type, parentSchema: schema12.properties.reproducibility.properties.lock_file, data: data6 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.lock_sha256 !== void 0) {
          let data7 = data3.lock_sha256;
          if (typeof data7 === "string") {
            if (!pattern6.test(data7)) {
              const err13 = { instancePath: instancePath + "/reproducibility/lock_sha256", schemaPath: "#/properties/reproducibility/properties/lock_sha256/pattern", keyword: "pattern", params: { pattern: "^(sha256:)?[0-9a-fA-F]{64}$" }, message: 'must match pattern "^(sha256:)?[0-9a-fA-F]{64}$"', schema: "^(sha256:)?[0-9a-fA-F]{64}$", parentSchema: schema12.properties.reproducibility.properties.lock_sha256, data: data7 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/reproducibility/lock_sha256", schemaPath: "#/properties/reproducibility/properties/lock_sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.reproducibility.properties.lock_sha256.type, parentSchema: schema12.properties.reproducibility.properties.lock_sha256, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data3.command !== void 0) {
          let data8 = data3.command;
          if (typeof data8 === "string") {
            if (func3(data8) > 1e3) {
              const err15 = { instancePath: instancePath + "/reproducibility/command", schemaPath: "#/properties/reproducibility/properties/command/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema12.properties.reproducibility.properties.command, data: data8 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/reproducibility/command", schemaPath: "#/properties/reproducibility/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.reproducibility.properties.command.type, parentSchema: schema12.properties.reproducibility.properties.command, data: data8 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/reproducibility", schemaPath: "#/properties/reproducibility/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.reproducibility.type, parentSchema: schema12.properties.reproducibility, data: data3 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.monitoring !== void 0) {
      let data9 = data.monitoring;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key2 in data9) {
          if (!(key2 === "alert_sigma" || key2 === "inputs" || key2 === "outputs")) {
            const err18 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.monitoring, data: data9 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data9.alert_sigma !== void 0) {
          let data10 = data9.alert_sigma;
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 <= 0 || isNaN(data10)) {
              const err19 = { instancePath: instancePath + "/monitoring/alert_sigma", schemaPath: "#/properties/monitoring/properties/alert_sigma/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema12.properties.monitoring.properties.alert_sigma, data: data10 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/monitoring/alert_sigma", schemaPath: "#/properties/monitoring/properties/alert_sigma/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.monitoring.properties.alert_sigma.type, parentSchema: schema12.properties.monitoring.properties.alert_sigma, data: data10 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data9.inputs !== void 0) {
          let data11 = data9.inputs;
          if (Array.isArray(data11)) {
            if (data11.length > 500) {
              const err21 = { instancePath: instancePath + "/monitoring/inputs", schemaPath: "#/properties/monitoring/properties/inputs/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items", schema: 500, parentSchema: schema12.properties.monitoring.properties.inputs, data: data11 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            const len0 = data11.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data12 = data11[i0];
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.name === void 0) {
                  const err22 = { instancePath: instancePath + "/monitoring/inputs/" + i0, schemaPath: "#/definitions/feature/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema15.required, parentSchema: schema15, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                for (const key3 in data12) {
                  if (!(key3 === "name" || key3 === "mean" || key3 === "std" || key3 === "sigma" || key3 === "min" || key3 === "max")) {
                    const err23 = { instancePath: instancePath + "/monitoring/inputs/" + i0, schemaPath: "#/definitions/feature/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
                if (data12.name !== void 0) {
                  let data13 = data12.name;
                  if (typeof data13 === "string") {
                    if (func3(data13) > 100) {
                      const err24 = { instancePath: instancePath + "/monitoring/inputs/" + i0 + "/name", schemaPath: "#/definitions/feature/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema15.properties.name, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                    if (func3(data13) < 1) {
                      const err25 = { instancePath: instancePath + "/monitoring/inputs/" + i0 + "/name", schemaPath: "#/definitions/feature/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.name, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  } else {
                    const err26 = { instancePath: instancePath + "/monitoring/inputs/" + i0 + "/name", schemaPath: "#/definitions/feature/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.name.type, parentSchema: schema15.properties.name, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                if (data12.mean !== void 0) {
                  let data14 = data12.mean;
                  if (!(typeof data14 == "number" && isFinite(data14))) {
                    const err27 = { instancePath: instancePath + "/monitoring/inputs/" + i0 + "/mean", schemaPath: "#/definitions/feature/properties/mean/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema15.properties.mean.type, parentSchema: schema15.properties.mean, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data12.std !== void 0) {
                  let data15 = data12.std;
                  if (typeof data15 == "number" && isFinite(data15)) {
                    if (data15 < 0 || isNaN(data15)) {
                      const err28 = { instancePath: instancePath + "/monitoring/inputs/" + i0 + "/std", schemaPath: "#/definitions/feature/properties/std/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.properties.std, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  } else {
                    const err29 = { instancePath: instancePath + "/monitoring/inputs/" + i0 + "/std", schemaPath: "#/definitions/feature/properties/std/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema15.properties.std.type, parentSchema: schema15.properties.std, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data12.sigma !== void 0) {
                  let data16 = data12.sigma;
                  if (typeof data16 == "number" && isFinite(data16)) {
                    if (data16 <= 0 || isNaN(data16)) {
                      const err30 = { instancePath: instancePath + "/monitoring/inputs/" + i0 + "/sigma", schemaPath: "#/definitions/feature/properties/sigma/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema15.properties.sigma, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                  } else {
                    const err31 = { instancePath: instancePath + "/monitoring/inputs/" + i0 + "/sigma", schemaPath: "#/definitions/feature/properties/sigma/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema15.properties.sigma.type, parentSchema: schema15.properties.sigma, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data12.min !== void 0) {
                  let data17 = data12.min;
                  if (!(typeof data17 == "number" && isFinite(data17))) {
                    const err32 = { instancePath: instancePath + "/monitoring/inputs/" + i0 + "/min", schemaPath: "#/definitions/feature/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema15.properties.min.type, parentSchema: schema15.properties.min, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data12.max !== void 0) {
                  let data18 = data12.max;
                  if (!(typeof data18 == "number" && isFinite(data18))) {
                    const err33 = { instancePath: instancePath + "/monitoring/inputs/" + i0 + "/max", schemaPath: "#/definitions/feature/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema15.properties.max.type, parentSchema: schema15.properties.max, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
              } else {
                const err34 = { instancePath: instancePath + "/monitoring/inputs/" + i0, schemaPath: "#/definitions/feature/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data12 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/monitoring/inputs", schemaPath: "#/properties/monitoring/properties/inputs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.monitoring.properties.inputs.type, parentSchema: schema12.properties.monitoring.properties.inputs, data: data11 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data9.outputs !== void 0) {
          let data19 = data9.outputs;
          if (Array.isArray(data19)) {
            if (data19.length > 500) {
              const err36 = { instancePath: instancePath + "/monitoring/outputs", schemaPath: "#/properties/monitoring/properties/outputs/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items", schema: 500, parentSchema: schema12.properties.monitoring.properties.outputs, data: data19 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            const len1 = data19.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data20 = data19[i1];
              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                if (data20.name === void 0) {
                  const err37 = { instancePath: instancePath + "/monitoring/outputs/" + i1, schemaPath: "#/definitions/feature/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema15.required, parentSchema: schema15, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
                for (const key4 in data20) {
                  if (!(key4 === "name" || key4 === "mean" || key4 === "std" || key4 === "sigma" || key4 === "min" || key4 === "max")) {
                    const err38 = { instancePath: instancePath + "/monitoring/outputs/" + i1, schemaPath: "#/definitions/feature/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
                if (data20.name !== void 0) {
                  let data21 = data20.name;
                  if (typeof data21 === "string") {
                    if (func3(data21) > 100) {
                      const err39 = { instancePath: instancePath + "/monitoring/outputs/" + i1 + "/name", schemaPath: "#/definitions/feature/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema15.properties.name, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err39];
                      } else {
                        vErrors.push(err39);
                      }
                      errors++;
                    }
                    if (func3(data21) < 1) {
                      const err40 = { instancePath: instancePath + "/monitoring/outputs/" + i1 + "/name", schemaPath: "#/definitions/feature/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.name, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  } else {
                    const err41 = { instancePath: instancePath + "/monitoring/outputs/" + i1 + "/name", schemaPath: "#/definitions/feature/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.name.type, parentSchema: schema15.properties.name, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                if (data20.mean !== void 0) {
                  let data22 = data20.mean;
                  if (!(typeof data22 == "number" && isFinite(data22))) {
                    const err42 = { instancePath: instancePath + "/monitoring/outputs/" + i1 + "/mean", schemaPath: "#/definitions/feature/properties/mean/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema15.properties.mean.type, parentSchema: schema15.properties.mean, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data20.std !== void 0) {
                  let data23 = data20.std;
                  if (typeof data23 == "number" && isFinite(data23)) {
                    if (data23 < 0 || isNaN(data23)) {
                      const err43 = { instancePath: instancePath + "/monitoring/outputs/" + i1 + "/std", schemaPath: "#/definitions/feature/properties/std/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.properties.std, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  } else {
                    const err44 = { instancePath: instancePath + "/monitoring/outputs/" + i1 + "/std", schemaPath: "#/definitions/feature/properties/std/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema15.properties.std.type, parentSchema: schema15.properties.std, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
                if (data20.sigma !== void 0) {
                  let data24 = data20.sigma;
                  if (typeof data24 == "number" && isFinite(data24)) {
                    if (data24 <= 0 || isNaN(data24)) {
                      const err45 = { instancePath: instancePath + "/monitoring/outputs/" + i1 + "/sigma", schemaPath: "#/definitions/feature/properties/sigma/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema15.properties.sigma, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  } else {
                    const err46 = { instancePath: instancePath + "/monitoring/outputs/" + i1 + "/sigma", schemaPath: "#/definitions/feature/properties/sigma/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema15.properties.sigma.type, parentSchema: schema15.properties.sigma, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data20.min !== void 0) {
                  let data25 = data20.min;
                  if (!(typeof data25 == "number" && isFinite(data25))) {
                    const err47 = { instancePath: instancePath + "/monitoring/outputs/" + i1 + "/min", schemaPath: "#/definitions/feature/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema15.properties.min.type, parentSchema: schema15.properties.min, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
                if (data20.max !== void 0) {
                  let data26 = data20.max;
                  if (!(typeof data26 == "number" && isFinite(data26))) {
                    const err48 = { instancePath: instancePath + "/monitoring/outputs/" + i1 + "/max", schemaPath: "#/definitions/feature/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema15.properties.max.type, parentSchema: schema15.properties.max, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
              } else {
                const err49 = { instancePath: instancePath + "/monitoring/outputs/" + i1, schemaPath: "#/definitions/feature/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data20 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/monitoring/outputs", schemaPath: "#/properties/monitoring/properties/outputs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.monitoring.properties.outputs.type, parentSchema: schema12.properties.monitoring.properties.outputs, data: data19 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.monitoring.type, parentSchema: schema12.properties.monitoring, data: data9 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.retraining !== void 0) {
      let data27 = data.retraining;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        for (const key5 in data27) {
          if (!(key5 === "cadence" || key5 === "trained_at" || key5 === "expires")) {
            const err52 = { instancePath: instancePath + "/retraining", schemaPath: "#/properties/retraining/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.retraining, data: data27 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data27.cadence !== void 0) {
          let data28 = data27.cadence;
          if (typeof data28 === "string") {
            if (func3(data28) > 100) {
              const err53 = { instancePath: instancePath + "/retraining/cadence", schemaPath: "#/properties/retraining/properties/cadence/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema12.properties.retraining.properties.cadence, data: data28 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          } else {
            const err54 = { instancePath: instancePath + "/retraining/cadence", schemaPath: "#/properties/retraining/properties/cadence/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.retraining.properties.cadence.type, parentSchema: schema12.properties.retraining.properties.cadence, data: data28 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data27.trained_at !== void 0) {
          let data29 = data27.trained_at;
          if (typeof data29 === "string") {
            if (!pattern7.test(data29)) {
              const err55 = { instancePath: instancePath + "/retraining/trained_at", schemaPath: "#/properties/retraining/properties/trained_at/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema12.properties.retraining.properties.trained_at, data: data29 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = { instancePath: instancePath + "/retraining/trained_at", schemaPath: "#/properties/retraining/properties/trained_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.retraining.properties.trained_at.type, parentSchema: schema12.properties.retraining.properties.trained_at, data: data29 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data27.expires !== void 0) {
          let data30 = data27.expires;
          if (typeof data30 === "string") {
            if (!pattern7.test(data30)) {
              const err57 = { instancePath: instancePath + "/retraining/expires", schemaPath: "#/properties/retraining/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema12.properties.retraining.properties.expires, data: data30 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/retraining/expires", schemaPath: "#/properties/retraining/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.retraining.properties.expires.type, parentSchema: schema12.properties.retraining.properties.expires, data: data30 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/retraining", schemaPath: "#/properties/retraining/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.retraining.type, parentSchema: schema12.properties.retraining, data: data27 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.product_metric !== void 0) {
      let data31 = data.product_metric;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        if (data31.name === void 0) {
          const err60 = { instancePath: instancePath + "/product_metric", schemaPath: "#/properties/product_metric/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema12.properties.product_metric.required, parentSchema: schema12.properties.product_metric, data: data31 };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
        for (const key6 in data31) {
          if (!(key6 === "name" || key6 === "direction" || key6 === "description")) {
            const err61 = { instancePath: instancePath + "/product_metric", schemaPath: "#/properties/product_metric/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.product_metric, data: data31 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data31.name !== void 0) {
          let data32 = data31.name;
          if (typeof data32 === "string") {
            if (func3(data32) > 100) {
              const err62 = { instancePath: instancePath + "/product_metric/name", schemaPath: "#/properties/product_metric/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema12.properties.product_metric.properties.name, data: data32 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (func3(data32) < 1) {
              const err63 = { instancePath: instancePath + "/product_metric/name", schemaPath: "#/properties/product_metric/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.product_metric.properties.name, data: data32 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          } else {
            const err64 = { instancePath: instancePath + "/product_metric/name", schemaPath: "#/properties/product_metric/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.product_metric.properties.name.type, parentSchema: schema12.properties.product_metric.properties.name, data: data32 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data31.direction !== void 0) {
          let data33 = data31.direction;
          if (!(data33 === "higher" || data33 === "lower")) {
            const err65 = { instancePath: instancePath + "/product_metric/direction", schemaPath: "#/properties/product_metric/properties/direction/enum", keyword: "enum", params: { allowedValues: schema12.properties.product_metric.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.product_metric.properties.direction.enum, parentSchema: schema12.properties.product_metric.properties.direction, data: data33 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data31.description !== void 0) {
          let data34 = data31.description;
          if (typeof data34 === "string") {
            if (func3(data34) > 1e3) {
              const err66 = { instancePath: instancePath + "/product_metric/description", schemaPath: "#/properties/product_metric/properties/description/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema12.properties.product_metric.properties.description, data: data34 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          } else {
            const err67 = { instancePath: instancePath + "/product_metric/description", schemaPath: "#/properties/product_metric/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.product_metric.properties.description.type, parentSchema: schema12.properties.product_metric.properties.description, data: data34 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
      } else {
        const err68 = { instancePath: instancePath + "/product_metric", schemaPath: "#/properties/product_metric/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.product_metric.type, parentSchema: schema12.properties.product_metric, data: data31 };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.operating_point !== void 0) {
      let data35 = data.operating_point;
      if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
        for (const key7 in data35) {
          if (!(key7 === "threshold" || key7 === "precision" || key7 === "recall" || key7 === "description")) {
            const err69 = { instancePath: instancePath + "/operating_point", schemaPath: "#/properties/operating_point/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.operating_point, data: data35 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data35.threshold !== void 0) {
          let data36 = data35.threshold;
          if (!(typeof data36 == "number" && isFinite(data36))) {
            const err70 = { instancePath: instancePath + "/operating_point/threshold", schemaPath: "#/properties/operating_point/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.operating_point.properties.threshold.type, parentSchema: schema12.properties.operating_point.properties.threshold, data: data36 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data35.precision !== void 0) {
          let data37 = data35.precision;
          if (typeof data37 == "number" && isFinite(data37)) {
            if (data37 > 1 || isNaN(data37)) {
              const err71 = { instancePath: instancePath + "/operating_point/precision", schemaPath: "#/properties/operating_point/properties/precision/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema12.properties.operating_point.properties.precision, data: data37 };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            if (data37 < 0 || isNaN(data37)) {
              const err72 = { instancePath: instancePath + "/operating_point/precision", schemaPath: "#/properties/operating_point/properties/precision/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.operating_point.properties.precision, data: data37 };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
          } else {
            const err73 = { instancePath: instancePath + "/operating_point/precision", schemaPath: "#/properties/operating_point/properties/precision/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.operating_point.properties.precision.type, parentSchema: schema12.properties.operating_point.properties.precision, data: data37 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data35.recall !== void 0) {
          let data38 = data35.recall;
          if (typeof data38 == "number" && isFinite(data38)) {
            if (data38 > 1 || isNaN(data38)) {
              const err74 = { instancePath: instancePath + "/operating_point/recall", schemaPath: "#/properties/operating_point/properties/recall/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema12.properties.operating_point.properties.recall, data: data38 };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
            if (data38 < 0 || isNaN(data38)) {
              const err75 = { instancePath: instancePath + "/operating_point/recall", schemaPath: "#/properties/operating_point/properties/recall/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.operating_point.properties.recall, data: data38 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          } else {
            const err76 = { instancePath: instancePath + "/operating_point/recall", schemaPath: "#/properties/operating_point/properties/recall/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.operating_point.properties.recall.type, parentSchema: schema12.properties.operating_point.properties.recall, data: data38 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data35.description !== void 0) {
          let data39 = data35.description;
          if (typeof data39 === "string") {
            if (func3(data39) > 1e3) {
              const err77 = { instancePath: instancePath + "/operating_point/description", schemaPath: "#/properties/operating_point/properties/description/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema12.properties.operating_point.properties.description, data: data39 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          } else {
            const err78 = { instancePath: instancePath + "/operating_point/description", schemaPath: "#/properties/operating_point/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.operating_point.properties.description.type, parentSchema: schema12.properties.operating_point.properties.description, data: data39 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
      } else {
        const err79 = { instancePath: instancePath + "/operating_point", schemaPath: "#/properties/operating_point/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.operating_point.type, parentSchema: schema12.properties.operating_point, data: data35 };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
    if (data.business_case !== void 0) {
      let data40 = data.business_case;
      if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
        for (const key8 in data40) {
          if (!(key8 === "value_per_month" || key8 === "cost_per_month" || key8 === "predictions_per_month" || key8 === "currency" || key8 === "description")) {
            const err80 = { instancePath: instancePath + "/business_case", schemaPath: "#/properties/business_case/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.business_case, data: data40 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data40.value_per_month !== void 0) {
          let data41 = data40.value_per_month;
          if (!(typeof data41 == "number" && isFinite(data41))) {
            const err81 = { instancePath: instancePath + "/business_case/value_per_month", schemaPath: "#/properties/business_case/properties/value_per_month/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.business_case.properties.value_per_month.type, parentSchema: schema12.properties.business_case.properties.value_per_month, data: data41 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data40.cost_per_month !== void 0) {
          let data42 = data40.cost_per_month;
          if (typeof data42 == "number" && isFinite(data42)) {
            if (data42 < 0 || isNaN(data42)) {
              const err82 = { instancePath: instancePath + "/business_case/cost_per_month", schemaPath: "#/properties/business_case/properties/cost_per_month/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.business_case.properties.cost_per_month, data: data42 };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
          } else {
            const err83 = { instancePath: instancePath + "/business_case/cost_per_month", schemaPath: "#/properties/business_case/properties/cost_per_month/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.business_case.properties.cost_per_month.type, parentSchema: schema12.properties.business_case.properties.cost_per_month, data: data42 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data40.predictions_per_month !== void 0) {
          let data43 = data40.predictions_per_month;
          if (typeof data43 == "number" && isFinite(data43)) {
            if (data43 < 0 || isNaN(data43)) {
              const err84 = { instancePath: instancePath + "/business_case/predictions_per_month", schemaPath: "#/properties/business_case/properties/predictions_per_month/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.business_case.properties.predictions_per_month, data: data43 };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
          } else {
            const err85 = { instancePath: instancePath + "/business_case/predictions_per_month", schemaPath: "#/properties/business_case/properties/predictions_per_month/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.business_case.properties.predictions_per_month.type, parentSchema: schema12.properties.business_case.properties.predictions_per_month, data: data43 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data40.currency !== void 0) {
          let data44 = data40.currency;
          if (typeof data44 === "string") {
            if (!pattern9.test(data44)) {
              const err86 = { instancePath: instancePath + "/business_case/currency", schemaPath: "#/properties/business_case/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"', schema: "^[A-Z]{3}$", parentSchema: schema12.properties.business_case.properties.currency, data: data44 };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
          } else {
            const err87 = { instancePath: instancePath + "/business_case/currency", schemaPath: "#/properties/business_case/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.business_case.properties.currency.type, parentSchema: schema12.properties.business_case.properties.currency, data: data44 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data40.description !== void 0) {
          let data45 = data40.description;
          if (typeof data45 === "string") {
            if (func3(data45) > 1e3) {
              const err88 = { instancePath: instancePath + "/business_case/description", schemaPath: "#/properties/business_case/properties/description/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema12.properties.business_case.properties.description, data: data45 };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
          } else {
            const err89 = { instancePath: instancePath + "/business_case/description", schemaPath: "#/properties/business_case/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.business_case.properties.description.type, parentSchema: schema12.properties.business_case.properties.description, data: data45 };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
      } else {
        const err90 = { instancePath: instancePath + "/business_case", schemaPath: "#/properties/business_case/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.business_case.type, parentSchema: schema12.properties.business_case, data: data40 };
        if (vErrors === null) {
          vErrors = [err90];
        } else {
          vErrors.push(err90);
        }
        errors++;
      }
    }
  } else {
    const err91 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err91];
    } else {
      vErrors.push(err91);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.model === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metrics === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (1 !== data1) {
        const err5 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      let data2 = data.model;
      if (typeof data2 === "string") {
        if (func3(data2) > 100) {
          const err6 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema11.properties.model, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func3(data2) < 1) {
          const err7 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.model, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern0.test(data2)) {
          const err8 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._/-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._/-]*$", parentSchema: schema11.properties.model, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.model.type, parentSchema: schema11.properties.model, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data3 = data.metrics;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (Object.keys(data3).length > 200) {
          const err10 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/maxProperties", keyword: "maxProperties", params: { limit: 200 }, message: "must NOT have more than 200 properties", schema: 200, parentSchema: schema11.properties.metrics, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (Object.keys(data3).length < 1) {
          const err11 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.metrics, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key1 in data3) {
          const _errs9 = errors;
          if (typeof key1 === "string") {
            if (!pattern1.test(key1)) {
              const err12 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$", parentSchema: schema11.properties.metrics.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          var valid1 = _errs9 === errors;
          if (!valid1) {
            const err13 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema11.properties.metrics.propertyNames, parentSchema: schema11.properties.metrics, data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          let data4 = data3[key2];
          if (!(typeof data4 == "number" && isFinite(data4))) {
            const err14 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.metrics.additionalProperties.type, parentSchema: schema11.properties.metrics.additionalProperties, data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metrics.type, parentSchema: schema11.properties.metrics, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.eval !== void 0) {
      let data5 = data.eval;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key3 in data5) {
          if (!(key3 === "dataset" || key3 === "size" || key3 === "predictions" || key3 === "slices")) {
            const err16 = { instancePath: instancePath + "/eval", schemaPath: "#/properties/eval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.eval, data: data5 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data5.dataset !== void 0) {
          let data6 = data5.dataset;
          if (typeof data6 === "string") {
            if (func3(data6) > 200) {
              const err17 = { instancePath: instancePath + "/eval/dataset", schemaPath: "#/properties/eval/properties/dataset/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema11.properties.eval.properties.dataset, data: data6 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/eval/dataset", schemaPath: "#/properties/eval/properties/dataset/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.eval.properties.dataset.type, parentSchema: schema11.properties.eval.properties.dataset, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data5.size !== void 0) {
          let data7 = data5.size;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
            const err19 = { instancePath: instancePath + "/eval/size", schemaPath: "#/properties/eval/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.eval.properties.size.type, parentSchema: schema11.properties.eval.properties.size, data: data7 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 < 1 || isNaN(data7)) {
              const err20 = { instancePath: instancePath + "/eval/size", schemaPath: "#/properties/eval/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.eval.properties.size, data: data7 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        }
        if (data5.predictions !== void 0) {
          let data8 = data5.predictions;
          if (typeof data8 === "string") {
            if (func3(data8) > 500) {
              const err21 = { instancePath: instancePath + "/eval/predictions", schemaPath: "#/properties/eval/properties/predictions/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema11.properties.eval.properties.predictions, data: data8 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/eval/predictions", schemaPath: "#/properties/eval/properties/predictions/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.eval.properties.predictions.type, parentSchema: schema11.properties.eval.properties.predictions, data: data8 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data5.slices !== void 0) {
          let data9 = data5.slices;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (Object.keys(data9).length > 200) {
              const err23 = { instancePath: instancePath + "/eval/slices", schemaPath: "#/properties/eval/properties/slices/maxProperties", keyword: "maxProperties", params: { limit: 200 }, message: "must NOT have more than 200 properties", schema: 200, parentSchema: schema11.properties.eval.properties.slices, data: data9 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            for (const key4 in data9) {
              let data10 = data9[key4];
              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                if (Object.keys(data10).length > 51) {
                  const err24 = { instancePath: instancePath + "/eval/slices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/eval/properties/slices/additionalProperties/maxProperties", keyword: "maxProperties", params: { limit: 51 }, message: "must NOT have more than 51 properties", schema: 51, parentSchema: schema11.properties.eval.properties.slices.additionalProperties, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                for (const key5 in data10) {
                  if (!(key5 === "size")) {
                    let data11 = data10[key5];
                    if (!(typeof data11 == "number" && isFinite(data11))) {
                      const err25 = { instancePath: instancePath + "/eval/slices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/eval/properties/slices/additionalProperties/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.eval.properties.slices.additionalProperties.additionalProperties.type, parentSchema: schema11.properties.eval.properties.slices.additionalProperties.additionalProperties, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  }
                }
                if (data10.size !== void 0) {
                  let data12 = data10.size;
                  if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                    const err26 = { instancePath: instancePath + "/eval/slices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/size", schemaPath: "#/properties/eval/properties/slices/additionalProperties/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.eval.properties.slices.additionalProperties.properties.size.type, parentSchema: schema11.properties.eval.properties.slices.additionalProperties.properties.size, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                  if (typeof data12 == "number" && isFinite(data12)) {
                    if (data12 < 1 || isNaN(data12)) {
                      const err27 = { instancePath: instancePath + "/eval/slices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/size", schemaPath: "#/properties/eval/properties/slices/additionalProperties/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.eval.properties.slices.additionalProperties.properties.size, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err28 = { instancePath: instancePath + "/eval/slices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/eval/properties/slices/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.eval.properties.slices.additionalProperties.type, parentSchema: schema11.properties.eval.properties.slices.additionalProperties, data: data10 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/eval/slices", schemaPath: "#/properties/eval/properties/slices/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.eval.properties.slices.type, parentSchema: schema11.properties.eval.properties.slices, data: data9 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/eval", schemaPath: "#/properties/eval/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.eval.type, parentSchema: schema11.properties.eval, data: data5 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.cost !== void 0) {
      let data13 = data.cost;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key6 in data13) {
          if (!(key6 === "train_cpu_hours" || key6 === "train_gpu_hours" || key6 === "train_usd" || key6 === "inference_ms_per_1k" || key6 === "price_per_1k_predictions")) {
            const err31 = { instancePath: instancePath + "/cost", schemaPath: "#/properties/cost/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.cost, data: data13 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data13.train_cpu_hours !== void 0) {
          let data14 = data13.train_cpu_hours;
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 < 0 || isNaN(data14)) {
              const err32 = { instancePath: instancePath + "/cost/train_cpu_hours", schemaPath: "#/properties/cost/properties/train_cpu_hours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.cost.properties.train_cpu_hours, data: data14 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = { instancePath: instancePath + "/cost/train_cpu_hours", schemaPath: "#/properties/cost/properties/train_cpu_hours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.cost.properties.train_cpu_hours.type, parentSchema: schema11.properties.cost.properties.train_cpu_hours, data: data14 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data13.train_gpu_hours !== void 0) {
          let data15 = data13.train_gpu_hours;
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 < 0 || isNaN(data15)) {
              const err34 = { instancePath: instancePath + "/cost/train_gpu_hours", schemaPath: "#/properties/cost/properties/train_gpu_hours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.cost.properties.train_gpu_hours, data: data15 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = { instancePath: instancePath + "/cost/train_gpu_hours", schemaPath: "#/properties/cost/properties/train_gpu_hours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.cost.properties.train_gpu_hours.type, parentSchema: schema11.properties.cost.properties.train_gpu_hours, data: data15 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data13.train_usd !== void 0) {
          let data16 = data13.train_usd;
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 < 0 || isNaN(data16)) {
              const err36 = { instancePath: instancePath + "/cost/train_usd", schemaPath: "#/properties/cost/properties/train_usd/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.cost.properties.train_usd, data: data16 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/cost/train_usd", schemaPath: "#/properties/cost/properties/train_usd/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.cost.properties.train_usd.type, parentSchema: schema11.properties.cost.properties.train_usd, data: data16 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data13.inference_ms_per_1k !== void 0) {
          let data17 = data13.inference_ms_per_1k;
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 < 0 || isNaN(data17)) {
              const err38 = { instancePath: instancePath + "/cost/inference_ms_per_1k", schemaPath: "#/properties/cost/properties/inference_ms_per_1k/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.cost.properties.inference_ms_per_1k, data: data17 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/cost/inference_ms_per_1k", schemaPath: "#/properties/cost/properties/inference_ms_per_1k/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.cost.properties.inference_ms_per_1k.type, parentSchema: schema11.properties.cost.properties.inference_ms_per_1k, data: data17 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data13.price_per_1k_predictions !== void 0) {
          let data18 = data13.price_per_1k_predictions;
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 < 0 || isNaN(data18)) {
              const err40 = { instancePath: instancePath + "/cost/price_per_1k_predictions", schemaPath: "#/properties/cost/properties/price_per_1k_predictions/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.cost.properties.price_per_1k_predictions, data: data18 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/cost/price_per_1k_predictions", schemaPath: "#/properties/cost/properties/price_per_1k_predictions/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.cost.properties.price_per_1k_predictions.type, parentSchema: schema11.properties.cost.properties.price_per_1k_predictions, data: data18 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/cost", schemaPath: "#/properties/cost/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.cost.type, parentSchema: schema11.properties.cost, data: data13 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data19 = data.data;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key7 in data19) {
          if (!(key7 === "train_size" || key7 === "version")) {
            const err43 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.data, data: data19 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data19.train_size !== void 0) {
          let data20 = data19.train_size;
          if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
            const err44 = { instancePath: instancePath + "/data/train_size", schemaPath: "#/properties/data/properties/train_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.data.properties.train_size.type, parentSchema: schema11.properties.data.properties.train_size, data: data20 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (typeof data20 == "number" && isFinite(data20)) {
            if (data20 < 1 || isNaN(data20)) {
              const err45 = { instancePath: instancePath + "/data/train_size", schemaPath: "#/properties/data/properties/train_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.data.properties.train_size, data: data20 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
        }
        if (data19.version !== void 0) {
          let data21 = data19.version;
          if (typeof data21 === "string") {
            if (func3(data21) > 200) {
              const err46 = { instancePath: instancePath + "/data/version", schemaPath: "#/properties/data/properties/version/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema11.properties.data.properties.version, data: data21 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          } else {
            const err47 = { instancePath: instancePath + "/data/version", schemaPath: "#/properties/data/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.data.properties.version.type, parentSchema: schema11.properties.data.properties.version, data: data21 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.data.type, parentSchema: schema11.properties.data, data: data19 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.learning_curve !== void 0) {
      let data22 = data.learning_curve;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.metric === void 0) {
          const err49 = { instancePath: instancePath + "/learning_curve", schemaPath: "#/properties/learning_curve/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema11.properties.learning_curve.required, parentSchema: schema11.properties.learning_curve, data: data22 };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        for (const key8 in data22) {
          if (!(key8 === "metric" || key8 === "points" || key8 === "file")) {
            const err50 = { instancePath: instancePath + "/learning_curve", schemaPath: "#/properties/learning_curve/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.learning_curve, data: data22 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data22.metric !== void 0) {
          let data23 = data22.metric;
          if (typeof data23 === "string") {
            if (func3(data23) > 100) {
              const err51 = { instancePath: instancePath + "/learning_curve/metric", schemaPath: "#/properties/learning_curve/properties/metric/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema11.properties.learning_curve.properties.metric, data: data23 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (func3(data23) < 1) {
              const err52 = { instancePath: instancePath + "/learning_curve/metric", schemaPath: "#/properties/learning_curve/properties/metric/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.learning_curve.properties.metric, data: data23 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (!pattern1.test(data23)) {
              const err53 = { instancePath: instancePath + "/learning_curve/metric", schemaPath: "#/properties/learning_curve/properties/metric/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$", parentSchema: schema11.properties.learning_curve.properties.metric, data: data23 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          } else {
            const err54 = { instancePath: instancePath + "/learning_curve/metric", schemaPath: "#/properties/learning_curve/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.learning_curve.properties.metric.type, parentSchema: schema11.properties.learning_curve.properties.metric, data: data23 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data22.points !== void 0) {
          let data24 = data22.points;
          if (Array.isArray(data24)) {
            if (data24.length > 1e3) {
              const err55 = { instancePath: instancePath + "/learning_curve/points", schemaPath: "#/properties/learning_curve/properties/points/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema11.properties.learning_curve.properties.points, data: data24 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            const len0 = data24.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data25 = data24[i0];
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                if (data25.train_size === void 0) {
                  const err56 = { instancePath: instancePath + "/learning_curve/points/" + i0, schemaPath: "#/properties/learning_curve/properties/points/items/required", keyword: "required", params: { missingProperty: "train_size" }, message: "must have required property 'train_size'", schema: schema11.properties.learning_curve.properties.points.items.required, parentSchema: schema11.properties.learning_curve.properties.points.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
                for (const key9 in data25) {
                  if (!(key9 === "train_size" || key9 === "std" || key9 === "train_cpu_hours" || key9 === "train_gpu_hours")) {
                    let data26 = data25[key9];
                    if (!(typeof data26 == "number" && isFinite(data26))) {
                      const err57 = { instancePath: instancePath + "/learning_curve/points/" + i0 + "/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/learning_curve/properties/points/items/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.learning_curve.properties.points.items.additionalProperties.type, parentSchema: schema11.properties.learning_curve.properties.points.items.additionalProperties, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err57];
                      } else {
                        vErrors.push(err57);
                      }
                      errors++;
                    }
                  }
                }
                if (data25.train_size !== void 0) {
                  let data27 = data25.train_size;
                  if (typeof data27 == "number" && isFinite(data27)) {
                    if (data27 <= 0 || isNaN(data27)) {
                      const err58 = { instancePath: instancePath + "/learning_curve/points/" + i0 + "/train_size", schemaPath: "#/properties/learning_curve/properties/points/items/properties/train_size/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.learning_curve.properties.points.items.properties.train_size, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err58];
                      } else {
                        vErrors.push(err58);
                      }
                      errors++;
                    }
                  } else {
                    const err59 = { instancePath: instancePath + "/learning_curve/points/" + i0 + "/train_size", schemaPath: "#/properties/learning_curve/properties/points/items/properties/train_size/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.learning_curve.properties.points.items.properties.train_size.type, parentSchema: schema11.properties.learning_curve.properties.points.items.properties.train_size, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
                if (data25.std !== void 0) {
                  let data28 = data25.std;
                  if (typeof data28 == "number" && isFinite(data28)) {
                    if (data28 < 0 || isNaN(data28)) {
                      const err60 = { instancePath: instancePath + "/learning_curve/points/" + i0 + "/std", schemaPath: "#/properties/learning_curve/properties/points/items/properties/std/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.learning_curve.properties.points.items.properties.std, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                  } else {
                    const err61 = { instancePath: instancePath + "/learning_curve/points/" + i0 + "/std", schemaPath: "#/properties/learning_curve/properties/points/items/properties/std/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.learning_curve.properties.points.items.properties.std.type, parentSchema: schema11.properties.learning_curve.properties.points.items.properties.std, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
                if (data25.train_cpu_hours !== void 0) {
                  let data29 = data25.train_cpu_hours;
                  if (typeof data29 == "number" && isFinite(data29)) {
                    if (data29 < 0 || isNaN(data29)) {
                      const err62 = { instancePath: instancePath + "/learning_curve/points/" + i0 + "/train_cpu_hours", schemaPath: "#/properties/learning_curve/properties/points/items/properties/train_cpu_hours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.learning_curve.properties.points.items.properties.train_cpu_hours, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err62];
                      } else {
                        vErrors.push(err62);
                      }
                      errors++;
                    }
                  } else {
                    const err63 = { instancePath: instancePath + "/learning_curve/points/" + i0 + "/train_cpu_hours", schemaPath: "#/properties/learning_curve/properties/points/items/properties/train_cpu_hours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.learning_curve.properties.points.items.properties.train_cpu_hours.type, parentSchema: schema11.properties.learning_curve.properties.points.items.properties.train_cpu_hours, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                if (data25.train_gpu_hours !== void 0) {
                  let data30 = data25.train_gpu_hours;
                  if (typeof data30 == "number" && isFinite(data30)) {
                    if (data30 < 0 || isNaN(data30)) {
                      const err64 = { instancePath: instancePath + "/learning_curve/points/" + i0 + "/train_gpu_hours", schemaPath: "#/properties/learning_curve/properties/points/items/properties/train_gpu_hours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.learning_curve.properties.points.items.properties.train_gpu_hours, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                  } else {
                    const err65 = { instancePath: instancePath + "/learning_curve/points/" + i0 + "/train_gpu_hours", schemaPath: "#/properties/learning_curve/properties/points/items/properties/train_gpu_hours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.learning_curve.properties.points.items.properties.train_gpu_hours.type, parentSchema: schema11.properties.learning_curve.properties.points.items.properties.train_gpu_hours, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
              } else {
                const err66 = { instancePath: instancePath + "/learning_curve/points/" + i0, schemaPath: "#/properties/learning_curve/properties/points/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.learning_curve.properties.points.items.type, parentSchema: schema11.properties.learning_curve.properties.points.items, data: data25 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
          } else {
            const err67 = { instancePath: instancePath + "/learning_curve/points", schemaPath: "#/properties/learning_curve/properties/points/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.learning_curve.properties.points.type, parentSchema: schema11.properties.learning_curve.properties.points, data: data24 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data22.file !== void 0) {
          let data31 = data22.file;
          if (typeof data31 === "string") {
            if (func3(data31) > 500) {
              const err68 = { instancePath: instancePath + "/learning_curve/file", schemaPath: "#/properties/learning_curve/properties/file/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema11.properties.learning_curve.properties.file, data: data31 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          } else {
            const err69 = { instancePath: instancePath + "/learning_curve/file", schemaPath: "#/properties/learning_curve/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.learning_curve.properties.file.type, parentSchema: schema11.properties.learning_curve.properties.file, data: data31 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
      } else {
        const err70 = { instancePath: instancePath + "/learning_curve", schemaPath: "#/properties/learning_curve/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.learning_curve.type, parentSchema: schema11.properties.learning_curve, data: data22 };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.lifecycle !== void 0) {
      if (!validate11(data.lifecycle, { instancePath: instancePath + "/lifecycle", parentData: data, parentDataProperty: "lifecycle", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err71 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err71];
    } else {
      vErrors.push(err71);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var config = validate13;
var schema17 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/mlgate/mlgate/schemas/config.schema.json", "title": "mlgate configuration (.github/mlgate.yml)", "description": "The team's gate policy. Every key is optional; zero config gives sensible results. See docs/config.md.", "type": "object", "additionalProperties": false, "definitions": { "severity": { "enum": ["fail", "warn"], "description": "fail blocks the merge; warn only reports." }, "level": { "enum": ["required", "recommended", "off"], "description": "required fails, recommended warns, off skips." }, "rule": { "type": "object", "additionalProperties": false, "properties": { "direction": { "enum": ["higher", "lower"], "description": "Which way is better. When absent, from the metric registry by the name (docs/report.md#metric-names-and-directions; `mlgate explain NAME` shows it); a name the registry cannot place is assumed higher-is-better, with a warning." }, "min": { "type": "number", "description": "The PR's value must be at least this." }, "max": { "type": "number", "description": "The PR's value must be at most this." }, "max_drop": { "type": "number", "minimum": 0, "description": "Higher-is-better: largest allowed drop from the base, in metric units (0.01 = 1 pp for a fraction)." }, "max_drop_pct": { "type": "number", "minimum": 0, "description": "Higher-is-better: largest allowed drop in percent of the base value." }, "max_increase": { "type": "number", "minimum": 0, "description": "Lower-is-better: largest allowed increase, in metric units." }, "max_increase_pct": { "type": "number", "minimum": 0, "description": "Lower-is-better: largest allowed increase in percent of the base value." }, "severity": { "$ref": "#/definitions/severity" }, "required": { "type": "boolean", "description": "The metric must be present in the PR's report." }, "proportion": { "type": "boolean", "description": "A proportion of the whole eval set (accuracy, error rate): enables the test from eval.size. When absent, from the metric registry (the bare names of the kinds marked eval.size)." }, "gate": { "type": "boolean", "description": "false: show the metric but never gate on it." } } } }, "properties": { "$schema": { "type": "string" }, "version": { "const": 1, "description": "Config format version. Always 1." }, "reports": { "description": "Report paths or globs (workspace-relative), optionally prefixed with a reader (dvc:, dvc-show:, mlflow:, wandb:, hf:, lightning:, keras:, json:, csv:, sklearn-curve:, mlgate:), or mlflow-server:<experiment>[?run_name=<name>&tag.<key>=<value>] for the runs of the MLflow tracking server in MLFLOW_TRACKING_URI tagged with the PR's commit. Default: mlgate.yaml, mlgate.yml, mlgate.json. See docs/readers.md.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "maxItems": 100 }] }, "baseline": { "type": "object", "additionalProperties": false, "properties": { "when_missing": { "enum": ["pass", "warn", "fail"], "description": "Verdict when a model has no baseline report. Default pass (with a note); absolute bounds still apply." }, "when_removed": { "enum": ["pass", "warn", "fail"], "description": "Verdict when the base has a report that the PR no longer has (deleted or not written). Default fail, so deleting a report cannot take a model out of the gate; to retire a model, set warn or pass on the base branch first." }, "when_eval_changed": { "enum": ["pass", "warn", "fail"], "description": "Verdict when the PR's eval set differs from the base's (another `eval.dataset`, or another `eval.size`, or a slice in `eval.slices` with another `size`): the metrics then measure different data and their deltas are not like for like. Default fail; waive the PR, or set warn or pass on the base branch while moving to a new eval set." }, "max_behind": { "type": "integer", "minimum": 0, "maximum": 200, "description": "Commits a recorded baseline (an artifact of `mode: record`) may be behind the PR's base before it is stale. Default 20. Against a stale baseline the deltas are shown, but a finding that judges a delta weighs at most `when_stale`; a baseline more than 200 commits behind is not used." }, "when_stale": { "enum": ["pass", "warn", "fail"], "description": "The most a delta finding (max_drop, max_increase, their _pct forms, cost deltas) weighs when the baseline is more than `max_behind` commits behind the PR's base, and the severity of the `baseline.stale` finding that says so. Default warn: the base moved under the baseline, so a delta may be the base's." } } }, "defaults": { "$ref": "#/definitions/rule", "description": "Rules for every metric; per-metric rules override them." }, "metrics": { "type": "object", "description": "Per-metric rules: metric name -> rule. `unknown: warn|fail|pass` (a string, not a rule) is what a change of a metric mlgate cannot place does: its direction is assumed higher-is-better and the change warns (default), fails, or passes with the note only.", "properties": { "unknown": { "description": "What a change of a metric the registry cannot place does (direction assumed higher-is-better): warn (default), fail, or pass with the note only. A rule here instead is the rule of a metric named `unknown`.", "anyOf": [{ "enum": ["warn", "fail", "pass"] }, { "$ref": "#/definitions/rule" }] } }, "additionalProperties": { "$ref": "#/definitions/rule" } }, "required_metrics": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 100 }, "description": "Metrics that every report must contain.", "maxItems": 200 }, "metrics_map": { "type": "object", "description": "Rename metrics read from other tools: their name -> mlgate's name (e.g. val/acc: accuracy). A target eval.size, data.train_size or cost.<field> fills that report block; null drops the value. See docs/readers.md.", "additionalProperties": { "type": ["string", "null"], "minLength": 1 } }, "significance": { "type": "object", "additionalProperties": false, "properties": { "require_significance": { "type": "boolean", "description": "Default true: a regression beyond tolerance fails only when it is statistically significant." }, "alpha": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 0.5, "description": "Significance level, default 0.05 (Holm-adjusted across a model's gated metrics)." }, "power": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "description": "Power for the minimum detectable effect, default 0.8." }, "bootstrap_iterations": { "type": "integer", "minimum": 100, "maximum": 1e5, "description": "Paired bootstrap resamples, default 2000." }, "seed": { "type": "integer", "description": "Bootstrap seed, default 1 (results are reproducible)." } } }, "cost": { "type": "object", "additionalProperties": false, "properties": { "currency": { "type": "string", "pattern": "^[A-Z]{3}$", "description": "ISO currency code, default USD." }, "prices": { "type": "object", "additionalProperties": false, "properties": { "cpu_hour": { "type": "number", "minimum": 0, "description": "Price of one CPU-hour. Default 0.05." }, "gpu_hour": { "type": "number", "minimum": 0, "description": "Price of one GPU-hour. Default 2.50." }, "inference_hour": { "type": "number", "minimum": 0, "description": "Price of one hour of serving compute: prices cost.inference_ms_per_1k when a report gives no cost.price_per_1k_predictions. No default (without it such a serving cost is not computed)." } } }, "value_per_point": { "type": "number", "minimum": 0, "description": "What one point (pp) of the headline metric is worth; enables the P&L line." }, "max_cost_increase_pct": { "type": "number", "minimum": 0, "description": "Largest allowed training-cost increase in percent." }, "max_cost_per_point": { "type": "number", "minimum": 0, "description": "Largest allowed cost per point of the headline metric gained." }, "severity": { "$ref": "#/definitions/severity" }, "headline_metric": { "type": "string", "description": "The metric whose points price the change (cost per point, P&L). Default: the learning curve's metric, else the report's first metric." }, "max_inference_increase_pct": { "type": "number", "minimum": 0, "description": "Largest allowed rise of the serving cost per 1,000 predictions in percent (cost.price_per_1k_predictions on both sides, else cost.inference_ms_per_1k)." } } }, "data": { "type": "object", "additionalProperties": false, "properties": { "when_changed": { "enum": ["pass", "warn", "fail"], "description": "Verdict when the PR's data.version differs from the base's (finding data.changed, shown next to the metric deltas): default warn; pass makes it a note." } } }, "learning_curve": { "type": "object", "additionalProperties": false, "properties": { "min_points": { "type": "integer", "minimum": 2, "description": "Points needed for a reliable fit, default 4." }, "gain_per_doubling": { "type": "number", "exclusiveMinimum": 0, "description": "Diminishing-returns threshold per doubling of data, in the curve's units; for a fraction, 1 or more is percentage points. Unset: 0.005 (0.5 pp) for a fraction, 0.5 % of the value at the largest measured size otherwise." }, "max_oversize": { "type": "number", "exclusiveMinimum": 1, "description": "Flag when training data is more than this factor above the recommended size." }, "severity": { "$ref": "#/definitions/severity" } } }, "checklist": { "type": "object", "additionalProperties": false, "properties": { "items": { "type": "object", "description": "Built-in item id -> required | recommended | off.", "additionalProperties": false, "properties": { "documentation": { "$ref": "#/definitions/level" }, "ownership": { "$ref": "#/definitions/level" }, "reproducibility": { "$ref": "#/definitions/level" }, "evaluation": { "$ref": "#/definitions/level" }, "cost": { "$ref": "#/definitions/level" }, "learning_curve": { "$ref": "#/definitions/level" }, "monitoring": { "$ref": "#/definitions/level" }, "retraining": { "$ref": "#/definitions/level" }, "product_metric": { "$ref": "#/definitions/level" }, "operating_point": { "$ref": "#/definitions/level" }, "business_case": { "$ref": "#/definitions/level" }, "fairness": { "$ref": "#/definitions/level" }, "independent_review": { "$ref": "#/definitions/level" } } }, "custom": { "type": "array", "maxItems": 50, "items": { "type": "object", "additionalProperties": false, "required": ["id", "title"], "properties": { "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,40}$" }, "title": { "type": "string", "maxLength": 200 }, "why": { "type": "string", "maxLength": 500 }, "level": { "$ref": "#/definitions/level" }, "file_exists": { "type": "string", "description": "Rule: this workspace path exists." }, "report_field": { "type": "string", "description": "Rule: this dotted field is present in the report (e.g. lifecycle.owner)." }, "pr_checkbox": { "type": "boolean", "description": "Rule: the PR body has a ticked checkbox `- [x] <id>`." } } } }, "model_paths": { "type": "array", "items": { "type": "string" }, "description": "Globs: a PR touching one of them changes a model and the checklist applies. Empty: every PR." }, "documentation": { "type": "object", "additionalProperties": false, "properties": { "required_sections": { "type": "array", "items": { "type": "string" }, "description": "Sections the model card must have, matched by words in its headings (ignoring case, numbering and punctuation); alternatives separated by |. Default: the sections of a model card (Mitchell et al. 2019): Intended use; Training data; Evaluation|Quantitative analyses; Limitations|Ethical considerations|Caveats; Owners|Ownership|Maintainers|Contact; How to reproduce|Reproduce|Reproducibility|Reproduction|Reproducing. [] requires none." }, "min_words": { "type": "integer", "minimum": 0, "description": "Words each required section's body must have (HTML comments and code blocks do not count), default 5." } } }, "independent_review": { "type": "object", "additionalProperties": false, "properties": { "approvals": { "type": "integer", "minimum": 0, "description": "Approvals needed from reviewers other than the PR author, default 1." }, "reviewers": { "type": "array", "items": { "type": "string" }, "description": "Only these users count." }, "team": { "type": "string", "pattern": "^[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$", "description": "org/team-slug whose members count." } } }, "waivers": { "type": "object", "additionalProperties": false, "properties": { "allow_author": { "type": "boolean", "description": "May the PR's author waive items on their own PR? Default false." }, "team": { "type": "string", "pattern": "^[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$", "description": "org/team-slug whose members may waive (besides users with write permission)." } } }, "expiry_warning_days": { "type": "integer", "minimum": 0, "description": "Warn when the model expires within this many days, default 30." }, "expiry_grace_days": { "type": "integer", "minimum": 0, "description": 'Days lifecycle.retraining.expires may lie beyond trained_at + cadence before it fails as "expiry beyond the cadence", default 30.' }, "expired_untouched": { "$ref": "#/definitions/severity", "description": "An expired model that the PR does not touch (its report, model card or models.<name>.paths): warn (default; the model inventory issue tracks it) or fail." }, "monitoring": { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/severity", "description": "Training-time drift (a mean beyond alert_sigma\xB7\u03C3 of the base's bounds) and bounds the PR removes: warn (default) or fail (then the item's level applies)." } } }, "fairness": { "type": "object", "additionalProperties": false, "properties": { "max_gap": { "type": "number", "minimum": 0, "description": "Largest allowed gap, in percentage points, between the best and the worst slice of a fraction metric (accuracy, recall...), default 10." }, "max_gap_increase": { "type": "number", "minimum": 0, "description": "Largest allowed growth of that gap against the base, in percentage points, default 5." } } }, "operating_point": { "type": "object", "additionalProperties": false, "properties": { "min_precision": { "type": "number", "minimum": 0, "maximum": 1, "description": "Lowest acceptable precision at the operating threshold (e.g. 0.75). No default." }, "min_recall": { "type": "number", "minimum": 0, "maximum": 1, "description": "Lowest acceptable recall at the operating threshold. No default." } } } } }, "models": { "type": "object", "description": "Per-model settings, by model name.", "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "paths": { "type": "array", "items": { "type": "string" }, "description": "Globs of the files that make up the model; a PR touching none of them reuses the baseline (carry-forward)." }, "report": { "type": "string", "minLength": 1, "description": "Where this model's metrics are, as a reports entry (e.g. mlflow:mlruns/1/*, dvc:models/churn/dvc.yaml, mlflow-server:churn); the model gets this name. See docs/readers.md." } } } } } };
var schema19 = { "enum": ["fail", "warn"], "description": "fail blocks the merge; warn only reports." };
var schema22 = { "enum": ["required", "recommended", "off"], "description": "required fails, recommended warns, off skips." };
var schema18 = { "type": "object", "additionalProperties": false, "properties": { "direction": { "enum": ["higher", "lower"], "description": "Which way is better. When absent, from the metric registry by the name (docs/report.md#metric-names-and-directions; `mlgate explain NAME` shows it); a name the registry cannot place is assumed higher-is-better, with a warning." }, "min": { "type": "number", "description": "The PR's value must be at least this." }, "max": { "type": "number", "description": "The PR's value must be at most this." }, "max_drop": { "type": "number", "minimum": 0, "description": "Higher-is-better: largest allowed drop from the base, in metric units (0.01 = 1 pp for a fraction)." }, "max_drop_pct": { "type": "number", "minimum": 0, "description": "Higher-is-better: largest allowed drop in percent of the base value." }, "max_increase": { "type": "number", "minimum": 0, "description": "Lower-is-better: largest allowed increase, in metric units." }, "max_increase_pct": { "type": "number", "minimum": 0, "description": "Lower-is-better: largest allowed increase in percent of the base value." }, "severity": { "$ref": "#/definitions/severity" }, "required": { "type": "boolean", "description": "The metric must be present in the PR's report." }, "proportion": { "type": "boolean", "description": "A proportion of the whole eval set (accuracy, error rate): enables the test from eval.size. When absent, from the metric registry (the bare names of the kinds marked eval.size)." }, "gate": { "type": "boolean", "description": "false: show the metric but never gate on it." } } };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema18.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.direction !== void 0) {
      let data0 = data.direction;
      if (!(data0 === "higher" || data0 === "lower")) {
        const err1 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/enum", keyword: "enum", params: { allowedValues: schema18.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.direction.enum, parentSchema: schema18.properties.direction, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.min !== void 0) {
      let data1 = data.min;
      if (!(typeof data1 == "number" && isFinite(data1))) {
        const err2 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema18.properties.min.type, parentSchema: schema18.properties.min, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.max !== void 0) {
      let data2 = data.max;
      if (!(typeof data2 == "number" && isFinite(data2))) {
        const err3 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema18.properties.max.type, parentSchema: schema18.properties.max, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.max_drop !== void 0) {
      let data3 = data.max_drop;
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err4 = { instancePath: instancePath + "/max_drop", schemaPath: "#/properties/max_drop/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema18.properties.max_drop, data: data3 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/max_drop", schemaPath: "#/properties/max_drop/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema18.properties.max_drop.type, parentSchema: schema18.properties.max_drop, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.max_drop_pct !== void 0) {
      let data4 = data.max_drop_pct;
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 0 || isNaN(data4)) {
          const err6 = { instancePath: instancePath + "/max_drop_pct", schemaPath: "#/properties/max_drop_pct/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema18.properties.max_drop_pct, data: data4 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/max_drop_pct", schemaPath: "#/properties/max_drop_pct/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema18.properties.max_drop_pct.type, parentSchema: schema18.properties.max_drop_pct, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.max_increase !== void 0) {
      let data5 = data.max_increase;
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err8 = { instancePath: instancePath + "/max_increase", schemaPath: "#/properties/max_increase/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema18.properties.max_increase, data: data5 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/max_increase", schemaPath: "#/properties/max_increase/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema18.properties.max_increase.type, parentSchema: schema18.properties.max_increase, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.max_increase_pct !== void 0) {
      let data6 = data.max_increase_pct;
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 0 || isNaN(data6)) {
          const err10 = { instancePath: instancePath + "/max_increase_pct", schemaPath: "#/properties/max_increase_pct/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema18.properties.max_increase_pct, data: data6 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/max_increase_pct", schemaPath: "#/properties/max_increase_pct/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema18.properties.max_increase_pct.type, parentSchema: schema18.properties.max_increase_pct, data: data6 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data7 = data.severity;
      if (!(data7 === "fail" || data7 === "warn")) {
        const err12 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data7 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.required !== void 0) {
      let data8 = data.required;
      if (typeof data8 !== "boolean") {
        const err13 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties.required.type, parentSchema: schema18.properties.required, data: data8 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.proportion !== void 0) {
      let data9 = data.proportion;
      if (typeof data9 !== "boolean") {
        const err14 = { instancePath: instancePath + "/proportion", schemaPath: "#/properties/proportion/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties.proportion.type, parentSchema: schema18.properties.proportion, data: data9 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.gate !== void 0) {
      let data10 = data.gate;
      if (typeof data10 !== "boolean") {
        const err15 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties.gate.type, parentSchema: schema18.properties.gate, data: data10 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var pattern11 = new RegExp("^[a-z0-9][a-z0-9_-]{0,40}$", "u");
var pattern12 = new RegExp("^[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$", "u");
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema17.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.$schema.type, parentSchema: schema17.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (1 !== data1) {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema17.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.reports !== void 0) {
      let data2 = data.reports;
      const _errs6 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs7 = errors;
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err3 = { instancePath: instancePath + "/reports", schemaPath: "#/properties/reports/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.reports.oneOf[0], data: data2 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/reports", schemaPath: "#/properties/reports/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.reports.oneOf[0].type, parentSchema: schema17.properties.reports.oneOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs9 = errors;
      if (Array.isArray(data2)) {
        if (data2.length > 100) {
          const err5 = { instancePath: instancePath + "/reports", schemaPath: "#/properties/reports/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema17.properties.reports.oneOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data2.length < 1) {
          const err6 = { instancePath: instancePath + "/reports", schemaPath: "#/properties/reports/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema17.properties.reports.oneOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func3(data3) < 1) {
              const err7 = { instancePath: instancePath + "/reports/" + i0, schemaPath: "#/properties/reports/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.reports.oneOf[1].items, data: data3 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/reports/" + i0, schemaPath: "#/properties/reports/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.reports.oneOf[1].items.type, parentSchema: schema17.properties.reports.oneOf[1].items, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/reports", schemaPath: "#/properties/reports/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.reports.oneOf[1].type, parentSchema: schema17.properties.reports.oneOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid0 = _errs9 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err10 = { instancePath: instancePath + "/reports", schemaPath: "#/properties/reports/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema17.properties.reports.oneOf, parentSchema: schema17.properties.reports, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.baseline !== void 0) {
      let data4 = data.baseline;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!(key1 === "when_missing" || key1 === "when_removed" || key1 === "when_eval_changed" || key1 === "max_behind" || key1 === "when_stale")) {
            const err11 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.baseline, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data4.when_missing !== void 0) {
          let data5 = data4.when_missing;
          if (!(data5 === "pass" || data5 === "warn" || data5 === "fail")) {
            const err12 = { instancePath: instancePath + "/baseline/when_missing", schemaPath: "#/properties/baseline/properties/when_missing/enum", keyword: "enum", params: { allowedValues: schema17.properties.baseline.properties.when_missing.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.baseline.properties.when_missing.enum, parentSchema: schema17.properties.baseline.properties.when_missing, data: data5 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data4.when_removed !== void 0) {
          let data6 = data4.when_removed;
          if (!(data6 === "pass" || data6 === "warn" || data6 === "fail")) {
            const err13 = { instancePath: instancePath + "/baseline/when_removed", schemaPath: "#/properties/baseline/properties/when_removed/enum", keyword: "enum", params: { allowedValues: schema17.properties.baseline.properties.when_removed.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.baseline.properties.when_removed.enum, parentSchema: schema17.properties.baseline.properties.when_removed, data: data6 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data4.when_eval_changed !== void 0) {
          let data7 = data4.when_eval_changed;
          if (!(data7 === "pass" || data7 === "warn" || data7 === "fail")) {
            const err14 = { instancePath: instancePath + "/baseline/when_eval_changed", schemaPath: "#/properties/baseline/properties/when_eval_changed/enum", keyword: "enum", params: { allowedValues: schema17.properties.baseline.properties.when_eval_changed.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.baseline.properties.when_eval_changed.enum, parentSchema: schema17.properties.baseline.properties.when_eval_changed, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data4.max_behind !== void 0) {
          let data8 = data4.max_behind;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err15 = { instancePath: instancePath + "/baseline/max_behind", schemaPath: "#/properties/baseline/properties/max_behind/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema17.properties.baseline.properties.max_behind.type, parentSchema: schema17.properties.baseline.properties.max_behind, data: data8 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 > 200 || isNaN(data8)) {
              const err16 = { instancePath: instancePath + "/baseline/max_behind", schemaPath: "#/properties/baseline/properties/max_behind/maximum", keyword: "maximum", params: { comparison: "<=", limit: 200 }, message: "must be <= 200", schema: 200, parentSchema: schema17.properties.baseline.properties.max_behind, data: data8 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data8 < 0 || isNaN(data8)) {
              const err17 = { instancePath: instancePath + "/baseline/max_behind", schemaPath: "#/properties/baseline/properties/max_behind/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.baseline.properties.max_behind, data: data8 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        }
        if (data4.when_stale !== void 0) {
          let data9 = data4.when_stale;
          if (!(data9 === "pass" || data9 === "warn" || data9 === "fail")) {
            const err18 = { instancePath: instancePath + "/baseline/when_stale", schemaPath: "#/properties/baseline/properties/when_stale/enum", keyword: "enum", params: { allowedValues: schema17.properties.baseline.properties.when_stale.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.baseline.properties.when_stale.enum, parentSchema: schema17.properties.baseline.properties.when_stale, data: data9 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.baseline.type, parentSchema: schema17.properties.baseline, data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.defaults !== void 0) {
      if (!validate14(data.defaults, { instancePath: instancePath + "/defaults", parentData: data, parentDataProperty: "defaults", rootData })) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
      }
    }
    if (data.metrics !== void 0) {
      let data11 = data.metrics;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key2 in data11) {
          if (!(key2 === "unknown")) {
            if (!validate14(data11[key2], { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data11, parentDataProperty: key2, rootData })) {
              vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
              errors = vErrors.length;
            }
          }
        }
        if (data11.unknown !== void 0) {
          let data13 = data11.unknown;
          const _errs28 = errors;
          let valid7 = false;
          const _errs29 = errors;
          if (!(data13 === "warn" || data13 === "fail" || data13 === "pass")) {
            const err20 = { instancePath: instancePath + "/metrics/unknown", schemaPath: "#/properties/metrics/properties/unknown/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema17.properties.metrics.properties.unknown.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.metrics.properties.unknown.anyOf[0].enum, parentSchema: schema17.properties.metrics.properties.unknown.anyOf[0], data: data13 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          var _valid1 = _errs29 === errors;
          valid7 = valid7 || _valid1;
          if (!valid7) {
            const _errs30 = errors;
            if (!validate14(data13, { instancePath: instancePath + "/metrics/unknown", parentData: data11, parentDataProperty: "unknown", rootData })) {
              vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
              errors = vErrors.length;
            }
            var _valid1 = _errs30 === errors;
            valid7 = valid7 || _valid1;
          }
          if (!valid7) {
            const err21 = { instancePath: instancePath + "/metrics/unknown", schemaPath: "#/properties/metrics/properties/unknown/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema17.properties.metrics.properties.unknown.anyOf, parentSchema: schema17.properties.metrics.properties.unknown, data: data13 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          } else {
            errors = _errs28;
            if (vErrors !== null) {
              if (_errs28) {
                vErrors.length = _errs28;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.metrics.type, parentSchema: schema17.properties.metrics, data: data11 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.required_metrics !== void 0) {
      let data14 = data.required_metrics;
      if (Array.isArray(data14)) {
        if (data14.length > 200) {
          const err23 = { instancePath: instancePath + "/required_metrics", schemaPath: "#/properties/required_metrics/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: schema17.properties.required_metrics, data: data14 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        const len1 = data14.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data15 = data14[i1];
          if (typeof data15 === "string") {
            if (func3(data15) > 100) {
              const err24 = { instancePath: instancePath + "/required_metrics/" + i1, schemaPath: "#/properties/required_metrics/items/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema17.properties.required_metrics.items, data: data15 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (func3(data15) < 1) {
              const err25 = { instancePath: instancePath + "/required_metrics/" + i1, schemaPath: "#/properties/required_metrics/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.required_metrics.items, data: data15 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/required_metrics/" + i1, schemaPath: "#/properties/required_metrics/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.required_metrics.items.type, parentSchema: schema17.properties.required_metrics.items, data: data15 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/required_metrics", schemaPath: "#/properties/required_metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.required_metrics.type, parentSchema: schema17.properties.required_metrics, data: data14 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.metrics_map !== void 0) {
      let data16 = data.metrics_map;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key3 in data16) {
          let data17 = data16[key3];
          if (typeof data17 !== "string" && data17 !== null) {
            const err28 = { instancePath: instancePath + "/metrics_map/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics_map/additionalProperties/type", keyword: "type", params: { type: schema17.properties.metrics_map.additionalProperties.type }, message: "must be string,null", schema: schema17.properties.metrics_map.additionalProperties.type, parentSchema: schema17.properties.metrics_map.additionalProperties, data: data17 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (typeof data17 === "string") {
            if (func3(data17) < 1) {
              const err29 = { instancePath: instancePath + "/metrics_map/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics_map/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.metrics_map.additionalProperties, data: data17 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/metrics_map", schemaPath: "#/properties/metrics_map/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.metrics_map.type, parentSchema: schema17.properties.metrics_map, data: data16 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.significance !== void 0) {
      let data18 = data.significance;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key4 in data18) {
          if (!(key4 === "require_significance" || key4 === "alpha" || key4 === "power" || key4 === "bootstrap_iterations" || key4 === "seed")) {
            const err31 = { instancePath: instancePath + "/significance", schemaPath: "#/properties/significance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.significance, data: data18 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data18.require_significance !== void 0) {
          let data19 = data18.require_significance;
          if (typeof data19 !== "boolean") {
            const err32 = { instancePath: instancePath + "/significance/require_significance", schemaPath: "#/properties/significance/properties/require_significance/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema17.properties.significance.properties.require_significance.type, parentSchema: schema17.properties.significance.properties.require_significance, data: data19 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data18.alpha !== void 0) {
          let data20 = data18.alpha;
          if (typeof data20 == "number" && isFinite(data20)) {
            if (data20 >= 0.5 || isNaN(data20)) {
              const err33 = { instancePath: instancePath + "/significance/alpha", schemaPath: "#/properties/significance/properties/alpha/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 0.5 }, message: "must be < 0.5", schema: 0.5, parentSchema: schema17.properties.significance.properties.alpha, data: data20 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data20 <= 0 || isNaN(data20)) {
              const err34 = { instancePath: instancePath + "/significance/alpha", schemaPath: "#/properties/significance/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema17.properties.significance.properties.alpha, data: data20 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = { instancePath: instancePath + "/significance/alpha", schemaPath: "#/properties/significance/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.properties.significance.properties.alpha.type, parentSchema: schema17.properties.significance.properties.alpha, data: data20 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data18.power !== void 0) {
          let data21 = data18.power;
          if (typeof data21 == "number" && isFinite(data21)) {
            if (data21 >= 1 || isNaN(data21)) {
              const err36 = { instancePath: instancePath + "/significance/power", schemaPath: "#/properties/significance/properties/power/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema17.properties.significance.properties.power, data: data21 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data21 <= 0 || isNaN(data21)) {
              const err37 = { instancePath: instancePath + "/significance/power", schemaPath: "#/properties/significance/properties/power/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema17.properties.significance.properties.power, data: data21 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = { instancePath: instancePath + "/significance/power", schemaPath: "#/properties/significance/properties/power/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.properties.significance.properties.power.type, parentSchema: schema17.properties.significance.properties.power, data: data21 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data18.bootstrap_iterations !== void 0) {
          let data22 = data18.bootstrap_iterations;
          if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
            const err39 = { instancePath: instancePath + "/significance/bootstrap_iterations", schemaPath: "#/properties/significance/properties/bootstrap_iterations/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema17.properties.significance.properties.bootstrap_iterations.type, parentSchema: schema17.properties.significance.properties.bootstrap_iterations, data: data22 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (typeof data22 == "number" && isFinite(data22)) {
            if (data22 > 1e5 || isNaN(data22)) {
              const err40 = { instancePath: instancePath + "/significance/bootstrap_iterations", schemaPath: "#/properties/significance/properties/bootstrap_iterations/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema17.properties.significance.properties.bootstrap_iterations, data: data22 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data22 < 100 || isNaN(data22)) {
              const err41 = { instancePath: instancePath + "/significance/bootstrap_iterations", schemaPath: "#/properties/significance/properties/bootstrap_iterations/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema17.properties.significance.properties.bootstrap_iterations, data: data22 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
        }
        if (data18.seed !== void 0) {
          let data23 = data18.seed;
          if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
            const err42 = { instancePath: instancePath + "/significance/seed", schemaPath: "#/properties/significance/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema17.properties.significance.properties.seed.type, parentSchema: schema17.properties.significance.properties.seed, data: data23 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/significance", schemaPath: "#/properties/significance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.significance.type, parentSchema: schema17.properties.significance, data: data18 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.cost !== void 0) {
      let data24 = data.cost;
      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
        for (const key5 in data24) {
          if (!(key5 === "currency" || key5 === "prices" || key5 === "value_per_point" || key5 === "max_cost_increase_pct" || key5 === "max_cost_per_point" || key5 === "severity" || key5 === "headline_metric" || key5 === "max_inference_increase_pct")) {
            const err44 = { instancePath: instancePath + "/cost", schemaPath: "#/properties/cost/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.cost, data: data24 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data24.currency !== void 0) {
          let data25 = data24.currency;
          if (typeof data25 === "string") {
            if (!pattern9.test(data25)) {
              const err45 = { instancePath: instancePath + "/cost/currency", schemaPath: "#/properties/cost/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"', schema: "^[A-Z]{3}$", parentSchema: schema17.properties.cost.properties.currency, data: data25 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          } else {
            const err46 = { instancePath: instancePath + "/cost/currency", schemaPath: "#/properties/cost/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.cost.properties.currency.type, parentSchema: schema17.properties.cost.properties.currency, data: data25 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data24.prices !== void 0) {
          let data26 = data24.prices;
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            for (const key6 in data26) {
              if (!(key6 === "cpu_hour" || key6 === "gpu_hour" || key6 === "inference_hour")) {
                const err47 = { instancePath: instancePath + "/cost/prices", schemaPath: "#/properties/cost/properties/prices/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.cost.properties.prices, data: data26 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data26.cpu_hour !== void 0) {
              let data27 = data26.cpu_hour;
              if (typeof data27 == "number" && isFinite(data27)) {
                if (data27 < 0 || isNaN(data27)) {
                  const err48 = { instancePath: instancePath + "/cost/prices/cpu_hour", schemaPath: "#/properties/cost/properties/prices/properties/cpu_hour/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.cost.properties.prices.properties.cpu_hour, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/cost/prices/cpu_hour", schemaPath: "#/properties/cost/properties/prices/properties/cpu_hour/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.properties.cost.properties.prices.properties.cpu_hour.type, parentSchema: schema17.properties.cost.properties.prices.properties.cpu_hour, data: data27 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data26.gpu_hour !== void 0) {
              let data28 = data26.gpu_hour;
              if (typeof data28 == "number" && isFinite(data28)) {
                if (data28 < 0 || isNaN(data28)) {
                  const err50 = { instancePath: instancePath + "/cost/prices/gpu_hour", schemaPath: "#/properties/cost/properties/prices/properties/gpu_hour/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.cost.properties.prices.properties.gpu_hour, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = { instancePath: instancePath + "/cost/prices/gpu_hour", schemaPath: "#/properties/cost/properties/prices/properties/gpu_hour/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.properties.cost.properties.prices.properties.gpu_hour.type, parentSchema: schema17.properties.cost.properties.prices.properties.gpu_hour, data: data28 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data26.inference_hour !== void 0) {
              let data29 = data26.inference_hour;
              if (typeof data29 == "number" && isFinite(data29)) {
                if (data29 < 0 || isNaN(data29)) {
                  const err52 = { instancePath: instancePath + "/cost/prices/inference_hour", schemaPath: "#/properties/cost/properties/prices/properties/inference_hour/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.cost.properties.prices.properties.inference_hour, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/cost/prices/inference_hour", schemaPath: "#/properties/cost/properties/prices/properties/inference_hour/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.properties.cost.properties.prices.properties.inference_hour.type, parentSchema: schema17.properties.cost.properties.prices.properties.inference_hour, data: data29 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
          } else {
            const err54 = { instancePath: instancePath + "/cost/prices", schemaPath: "#/properties/cost/properties/prices/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.cost.properties.prices.type, parentSchema: schema17.properties.cost.properties.prices, data: data26 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data24.value_per_point !== void 0) {
          let data30 = data24.value_per_point;
          if (typeof data30 == "number" && isFinite(data30)) {
            if (data30 < 0 || isNaN(data30)) {
              const err55 = { instancePath: instancePath + "/cost/value_per_point", schemaPath: "#/properties/cost/properties/value_per_point/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.cost.properties.value_per_point, data: data30 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = { instancePath: instancePath + "/cost/value_per_point", schemaPath: "#/properties/cost/properties/value_per_point/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.properties.cost.properties.value_per_point.type, parentSchema: schema17.properties.cost.properties.value_per_point, data: data30 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data24.max_cost_increase_pct !== void 0) {
          let data31 = data24.max_cost_increase_pct;
          if (typeof data31 == "number" && isFinite(data31)) {
            if (data31 < 0 || isNaN(data31)) {
              const err57 = { instancePath: instancePath + "/cost/max_cost_increase_pct", schemaPath: "#/properties/cost/properties/max_cost_increase_pct/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.cost.properties.max_cost_increase_pct, data: data31 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/cost/max_cost_increase_pct", schemaPath: "#/properties/cost/properties/max_cost_increase_pct/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.properties.cost.properties.max_cost_increase_pct.type, parentSchema: schema17.properties.cost.properties.max_cost_increase_pct, data: data31 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data24.max_cost_per_point !== void 0) {
          let data32 = data24.max_cost_per_point;
          if (typeof data32 == "number" && isFinite(data32)) {
            if (data32 < 0 || isNaN(data32)) {
              const err59 = { instancePath: instancePath + "/cost/max_cost_per_point", schemaPath: "#/properties/cost/properties/max_cost_per_point/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.cost.properties.max_cost_per_point, data: data32 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/cost/max_cost_per_point", schemaPath: "#/properties/cost/properties/max_cost_per_point/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.properties.cost.properties.max_cost_per_point.type, parentSchema: schema17.properties.cost.properties.max_cost_per_point, data: data32 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data24.severity !== void 0) {
          let data33 = data24.severity;
          if (!(data33 === "fail" || data33 === "warn")) {
            const err61 = { instancePath: instancePath + "/cost/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data33 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data24.headline_metric !== void 0) {
          let data34 = data24.headline_metric;
          if (typeof data34 !== "string") {
            const err62 = { instancePath: instancePath + "/cost/headline_metric", schemaPath: "#/properties/cost/properties/headline_metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.cost.properties.headline_metric.type, parentSchema: schema17.properties.cost.properties.headline_metric, data: data34 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data24.max_inference_increase_pct !== void 0) {
          let data35 = data24.max_inference_increase_pct;
          if (typeof data35 == "number" && isFinite(data35)) {
            if (data35 < 0 || isNaN(data35)) {
              const err63 = { instancePath: instancePath + "/cost/max_inference_increase_pct", schemaPath: "#/properties/cost/properties/max_inference_increase_pct/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.cost.properties.max_inference_increase_pct, data: data35 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          } else {
            const err64 = { instancePath: instancePath + "/cost/max_inference_increase_pct", schemaPath: "#/properties/cost/properties/max_inference_increase_pct/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.properties.cost.properties.max_inference_increase_pct.type, parentSchema: schema17.properties.cost.properties.max_inference_increase_pct, data: data35 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      } else {
        const err65 = { instancePath: instancePath + "/cost", schemaPath: "#/properties/cost/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.cost.type, parentSchema: schema17.properties.cost, data: data24 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data36 = data.data;
      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
        for (const key7 in data36) {
          if (!(key7 === "when_changed")) {
            const err66 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.data, data: data36 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data36.when_changed !== void 0) {
          let data37 = data36.when_changed;
          if (!(data37 === "pass" || data37 === "warn" || data37 === "fail")) {
            const err67 = { instancePath: instancePath + "/data/when_changed", schemaPath: "#/properties/data/properties/when_changed/enum", keyword: "enum", params: { allowedValues: schema17.properties.data.properties.when_changed.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.data.properties.when_changed.enum, parentSchema: schema17.properties.data.properties.when_changed, data: data37 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
      } else {
        const err68 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.data.type, parentSchema: schema17.properties.data, data: data36 };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.learning_curve !== void 0) {
      let data38 = data.learning_curve;
      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
        for (const key8 in data38) {
          if (!(key8 === "min_points" || key8 === "gain_per_doubling" || key8 === "max_oversize" || key8 === "severity")) {
            const err69 = { instancePath: instancePath + "/learning_curve", schemaPath: "#/properties/learning_curve/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.learning_curve, data: data38 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data38.min_points !== void 0) {
          let data39 = data38.min_points;
          if (!(typeof data39 == "number" && (!(data39 % 1) && !isNaN(data39)) && isFinite(data39))) {
            const err70 = { instancePath: instancePath + "/learning_curve/min_points", schemaPath: "#/properties/learning_curve/properties/min_points/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema17.properties.learning_curve.properties.min_points.type, parentSchema: schema17.properties.learning_curve.properties.min_points, data: data39 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
          if (typeof data39 == "number" && isFinite(data39)) {
            if (data39 < 2 || isNaN(data39)) {
              const err71 = { instancePath: instancePath + "/learning_curve/min_points", schemaPath: "#/properties/learning_curve/properties/min_points/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema17.properties.learning_curve.properties.min_points, data: data39 };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          }
        }
        if (data38.gain_per_doubling !== void 0) {
          let data40 = data38.gain_per_doubling;
          if (typeof data40 == "number" && isFinite(data40)) {
            if (data40 <= 0 || isNaN(data40)) {
              const err72 = { instancePath: instancePath + "/learning_curve/gain_per_doubling", schemaPath: "#/properties/learning_curve/properties/gain_per_doubling/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema17.properties.learning_curve.properties.gain_per_doubling, data: data40 };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
          } else {
            const err73 = { instancePath: instancePath + "/learning_curve/gain_per_doubling", schemaPath: "#/properties/learning_curve/properties/gain_per_doubling/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.properties.learning_curve.properties.gain_per_doubling.type, parentSchema: schema17.properties.learning_curve.properties.gain_per_doubling, data: data40 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data38.max_oversize !== void 0) {
          let data41 = data38.max_oversize;
          if (typeof data41 == "number" && isFinite(data41)) {
            if (data41 <= 1 || isNaN(data41)) {
              const err74 = { instancePath: instancePath + "/learning_curve/max_oversize", schemaPath: "#/properties/learning_curve/properties/max_oversize/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 1 }, message: "must be > 1", schema: 1, parentSchema: schema17.properties.learning_curve.properties.max_oversize, data: data41 };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
          } else {
            const err75 = { instancePath: instancePath + "/learning_curve/max_oversize", schemaPath: "#/properties/learning_curve/properties/max_oversize/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.properties.learning_curve.properties.max_oversize.type, parentSchema: schema17.properties.learning_curve.properties.max_oversize, data: data41 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data38.severity !== void 0) {
          let data42 = data38.severity;
          if (!(data42 === "fail" || data42 === "warn")) {
            const err76 = { instancePath: instancePath + "/learning_curve/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data42 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
      } else {
        const err77 = { instancePath: instancePath + "/learning_curve", schemaPath: "#/properties/learning_curve/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.learning_curve.type, parentSchema: schema17.properties.learning_curve, data: data38 };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.checklist !== void 0) {
      let data43 = data.checklist;
      if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
        for (const key9 in data43) {
          if (!func2.call(schema17.properties.checklist.properties, key9)) {
            const err78 = { instancePath: instancePath + "/checklist", schemaPath: "#/properties/checklist/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.checklist, data: data43 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data43.items !== void 0) {
          let data44 = data43.items;
          if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            for (const key10 in data44) {
              if (!func2.call(schema17.properties.checklist.properties.items.properties, key10)) {
                const err79 = { instancePath: instancePath + "/checklist/items", schemaPath: "#/properties/checklist/properties/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.checklist.properties.items, data: data44 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data44.documentation !== void 0) {
              let data45 = data44.documentation;
              if (!(data45 === "required" || data45 === "recommended" || data45 === "off")) {
                const err80 = { instancePath: instancePath + "/checklist/items/documentation", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values", schema: schema22.enum, parentSchema: schema22, data: data45 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data44.ownership !== void 0) {
              let data46 = data44.ownership;
              if (!(data46 === "required" || data46 === "recommended" || data46 === "off")) {
                const err81 = { instancePath: instancePath + "/checklist/items/ownership", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values", schema: schema22.enum, parentSchema: schema22, data: data46 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data44.reproducibility !== void 0) {
              let data47 = data44.reproducibility;
              if (!(data47 === "required" || data47 === "recommended" || data47 === "off")) {
                const err82 = { instancePath: instancePath + "/checklist/items/reproducibility", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values", schema: schema22.enum, parentSchema: schema22, data: data47 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data44.evaluation !== void 0) {
              let data48 = data44.evaluation;
              if (!(data48 === "required" || data48 === "recommended" || data48 === "off")) {
                const err83 = { instancePath: instancePath + "/checklist/items/evaluation", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values", schema: schema22.enum, parentSchema: schema22, data: data48 };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data44.cost !== void 0) {
              let data49 = data44.cost;
              if (!(data49 === "required" || data49 === "recommended" || data49 === "off")) {
                const err84 = { instancePath: instancePath + "/checklist/items/cost", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values", schema: schema22.enum, parentSchema: schema22, data: data49 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data44.learning_curve !== void 0) {
              let data50 = data44.learning_curve;
              if (!(data50 === "required" || data50 === "recommended" || data50 === "off")) {
                const err85 = { instancePath: instancePath + "/checklist/items/learning_curve", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values", schema: schema22.enum, parentSchema: schema22, data: data50 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data44.monitoring !== void 0) {
              let data51 = data44.monitoring;
              if (!(data51 === "required" || data51 === "recommended" || data51 === "off")) {
                const err86 = { instancePath: instancePath + "/checklist/items/monitoring", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values", schema: schema22.enum, parentSchema: schema22, data: data51 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data44.retraining !== void 0) {
              let data52 = data44.retraining;
              if (!(data52 === "required" || data52 === "recommended" || data52 === "off")) {
                const err87 = { instancePath: instancePath + "/checklist/items/retraining", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values", schema: schema22.enum, parentSchema: schema22, data: data52 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data44.product_metric !== void 0) {
              let data53 = data44.product_metric;
              if (!(data53 === "required" || data53 === "recommended" || data53 === "off")) {
                const err88 = { instancePath: instancePath + "/checklist/items/product_metric", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values", schema: schema22.enum, parentSchema: schema22, data: data53 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data44.operating_point !== void 0) {
              let data54 = data44.operating_point;
              if (!(data54 === "required" || data54 === "recommended" || data54 === "off")) {
                const err89 = { instancePath: instancePath + "/checklist/items/operating_point", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values", schema: schema22.enum, parentSchema: schema22, data: data54 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data44.business_case !== void 0) {
              let data55 = data44.business_case;
              if (!(data55 === "required" || data55 === "recommended" || data55 === "off")) {
                const err90 = { instancePath: instancePath + "/checklist/items/business_case", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values", schema: schema22.enum, parentSchema: schema22, data: data55 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (data44.fairness !== void 0) {
              let data56 = data44.fairness;
              if (!(data56 === "required" || data56 === "recommended" || data56 === "off")) {
                const err91 = { instancePath: instancePath + "/checklist/items/fairness", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values", schema: schema22.enum, parentSchema: schema22, data: data56 };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
            if (data44.independent_review !== void 0) {
              let data57 = data44.independent_review;
              if (!(data57 === "required" || data57 === "recommended" || data57 === "off")) {
                const err92 = { instancePath: instancePath + "/checklist/items/independent_review", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values", schema: schema22.enum, parentSchema: schema22, data: data57 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
          } else {
            const err93 = { instancePath: instancePath + "/checklist/items", schemaPath: "#/properties/checklist/properties/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.checklist.properties.items.type, parentSchema: schema17.properties.checklist.properties.items, data: data44 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
        if (data43.custom !== void 0) {
          let data58 = data43.custom;
          if (Array.isArray(data58)) {
            if (data58.length > 50) {
              const err94 = { instancePath: instancePath + "/checklist/custom", schemaPath: "#/properties/checklist/properties/custom/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema17.properties.checklist.properties.custom, data: data58 };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
            const len2 = data58.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data59 = data58[i2];
              if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                if (data59.id === void 0) {
                  const err95 = { instancePath: instancePath + "/checklist/custom/" + i2, schemaPath: "#/properties/checklist/properties/custom/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema17.properties.checklist.properties.custom.items.required, parentSchema: schema17.properties.checklist.properties.custom.items, data: data59 };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
                if (data59.title === void 0) {
                  const err96 = { instancePath: instancePath + "/checklist/custom/" + i2, schemaPath: "#/properties/checklist/properties/custom/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema17.properties.checklist.properties.custom.items.required, parentSchema: schema17.properties.checklist.properties.custom.items, data: data59 };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
                for (const key11 in data59) {
                  if (!(key11 === "id" || key11 === "title" || key11 === "why" || key11 === "level" || key11 === "file_exists" || key11 === "report_field" || key11 === "pr_checkbox")) {
                    const err97 = { instancePath: instancePath + "/checklist/custom/" + i2, schemaPath: "#/properties/checklist/properties/custom/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.checklist.properties.custom.items, data: data59 };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
                if (data59.id !== void 0) {
                  let data60 = data59.id;
                  if (typeof data60 === "string") {
                    if (!pattern11.test(data60)) {
                      const err98 = { instancePath: instancePath + "/checklist/custom/" + i2 + "/id", schemaPath: "#/properties/checklist/properties/custom/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,40}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,40}$"', schema: "^[a-z0-9][a-z0-9_-]{0,40}$", parentSchema: schema17.properties.checklist.properties.custom.items.properties.id, data: data60 };
                      if (vErrors === null) {
                        vErrors = [err98];
                      } else {
                        vErrors.push(err98);
                      }
                      errors++;
                    }
                  } else {
                    const err99 = { instancePath: instancePath + "/checklist/custom/" + i2 + "/id", schemaPath: "#/properties/checklist/properties/custom/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.checklist.properties.custom.items.properties.id.type, parentSchema: schema17.properties.checklist.properties.custom.items.properties.id, data: data60 };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                }
                if (data59.title !== void 0) {
                  let data61 = data59.title;
                  if (typeof data61 === "string") {
                    if (func3(data61) > 200) {
                      const err100 = { instancePath: instancePath + "/checklist/custom/" + i2 + "/title", schemaPath: "#/properties/checklist/properties/custom/items/properties/title/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema17.properties.checklist.properties.custom.items.properties.title, data: data61 };
                      if (vErrors === null) {
                        vErrors = [err100];
                      } else {
                        vErrors.push(err100);
                      }
                      errors++;
                    }
                  } else {
                    const err101 = { instancePath: instancePath + "/checklist/custom/" + i2 + "/title", schemaPath: "#/properties/checklist/properties/custom/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.checklist.properties.custom.items.properties.title.type, parentSchema: schema17.properties.checklist.properties.custom.items.properties.title, data: data61 };
                    if (vErrors === null) {
                      vErrors = [err101];
                    } else {
                      vErrors.push(err101);
                    }
                    errors++;
                  }
                }
                if (data59.why !== void 0) {
                  let data62 = data59.why;
                  if (typeof data62 === "string") {
                    if (func3(data62) > 500) {
                      const err102 = { instancePath: instancePath + "/checklist/custom/" + i2 + "/why", schemaPath: "#/properties/checklist/properties/custom/items/properties/why/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema17.properties.checklist.properties.custom.items.properties.why, data: data62 };
                      if (vErrors === null) {
                        vErrors = [err102];
                      } else {
                        vErrors.push(err102);
                      }
                      errors++;
                    }
                  } else {
                    const err103 = { instancePath: instancePath + "/checklist/custom/" + i2 + "/why", schemaPath: "#/properties/checklist/properties/custom/items/properties/why/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.checklist.properties.custom.items.properties.why.type, parentSchema: schema17.properties.checklist.properties.custom.items.properties.why, data: data62 };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                }
                if (data59.level !== void 0) {
                  let data63 = data59.level;
                  if (!(data63 === "required" || data63 === "recommended" || data63 === "off")) {
                    const err104 = { instancePath: instancePath + "/checklist/custom/" + i2 + "/level", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values", schema: schema22.enum, parentSchema: schema22, data: data63 };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
                if (data59.file_exists !== void 0) {
                  let data64 = data59.file_exists;
                  if (typeof data64 !== "string") {
                    const err105 = { instancePath: instancePath + "/checklist/custom/" + i2 + "/file_exists", schemaPath: "#/properties/checklist/properties/custom/items/properties/file_exists/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.checklist.properties.custom.items.properties.file_exists.type, parentSchema: schema17.properties.checklist.properties.custom.items.properties.file_exists, data: data64 };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                }
                if (data59.report_field !== void 0) {
                  let data65 = data59.report_field;
                  if (typeof data65 !== "string") {
                    const err106 = { instancePath: instancePath + "/checklist/custom/" + i2 + "/report_field", schemaPath: "#/properties/checklist/properties/custom/items/properties/report_field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.checklist.properties.custom.items.properties.report_field.type, parentSchema: schema17.properties.checklist.properties.custom.items.properties.report_field, data: data65 };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                }
                if (data59.pr_checkbox !== void 0) {
                  let data66 = data59.pr_checkbox;
                  if (typeof data66 !== "boolean") {
                    const err107 = { instancePath: instancePath + "/checklist/custom/" + i2 + "/pr_checkbox", schemaPath: "#/properties/checklist/properties/custom/items/properties/pr_checkbox/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema17.properties.checklist.properties.custom.items.properties.pr_checkbox.type, parentSchema: schema17.properties.checklist.properties.custom.items.properties.pr_checkbox, data: data66 };
                    if (vErrors === null) {
                      vErrors = [err107];
                    } else {
                      vErrors.push(err107);
                    }
                    errors++;
                  }
                }
              } else {
                const err108 = { instancePath: instancePath + "/checklist/custom/" + i2, schemaPath: "#/properties/checklist/properties/custom/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.checklist.properties.custom.items.type, parentSchema: schema17.properties.checklist.properties.custom.items, data: data59 };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
            }
          } else {
            const err109 = { instancePath: instancePath + "/checklist/custom", schemaPath: "#/properties/checklist/properties/custom/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.checklist.properties.custom.type, parentSchema: schema17.properties.checklist.properties.custom, data: data58 };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
        }
        if (data43.model_paths !== void 0) {
          let data67 = data43.model_paths;
          if (Array.isArray(data67)) {
            const len3 = data67.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data68 = data67[i3];
              if (typeof data68 !== "string") {
                const err110 = { instancePath: instancePath + "/checklist/model_paths/" + i3, schemaPath: "#/properties/checklist/properties/model_paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.checklist.properties.model_paths.items.type, parentSchema: schema17.properties.checklist.properties.model_paths.items, data: data68 };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
          } else {
            const err111 = { instancePath: instancePath + "/checklist/model_paths", schemaPath: "#/properties/checklist/properties/model_paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.checklist.properties.model_paths.type, parentSchema: schema17.properties.checklist.properties.model_paths, data: data67 };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          }
        }
        if (data43.documentation !== void 0) {
          let data69 = data43.documentation;
          if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
            for (const key12 in data69) {
              if (!(key12 === "required_sections" || key12 === "min_words")) {
                const err112 = { instancePath: instancePath + "/checklist/documentation", schemaPath: "#/properties/checklist/properties/documentation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.checklist.properties.documentation, data: data69 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
            if (data69.required_sections !== void 0) {
              let data70 = data69.required_sections;
              if (Array.isArray(data70)) {
                const len4 = data70.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data71 = data70[i4];
                  if (typeof data71 !== "string") {
                    const err113 = { instancePath: instancePath + "/checklist/documentation/required_sections/" + i4, schemaPath: "#/properties/checklist/properties/documentation/properties/required_sections/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.checklist.properties.documentation.properties.required_sections.items.type, parentSchema: schema17.properties.checklist.properties.documentation.properties.required_sections.items, data: data71 };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
              } else {
                const err114 = { instancePath: instancePath + "/checklist/documentation/required_sections", schemaPath: "#/properties/checklist/properties/documentation/properties/required_sections/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.checklist.properties.documentation.properties.required_sections.type, parentSchema: schema17.properties.checklist.properties.documentation.properties.required_sections, data: data70 };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
            if (data69.min_words !== void 0) {
              let data72 = data69.min_words;
              if (!(typeof data72 == "number" && (!(data72 % 1) && !isNaN(data72)) && isFinite(data72))) {
                const err115 = { instancePath: instancePath + "/checklist/documentation/min_words", schemaPath: "#/properties/checklist/properties/documentation/properties/min_words/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema17.properties.checklist.properties.documentation.properties.min_words.type, parentSchema: schema17.properties.checklist.properties.documentation.properties.min_words, data: data72 };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
              if (typeof data72 == "number" && isFinite(data72)) {
                if (data72 < 0 || isNaN(data72)) {
                  const err116 = { instancePath: instancePath + "/checklist/documentation/min_words", schemaPath: "#/properties/checklist/properties/documentation/properties/min_words/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.checklist.properties.documentation.properties.min_words, data: data72 };
                  if (vErrors === null) {
                    vErrors = [err116];
                  } else {
                    vErrors.push(err116);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err117 = { instancePath: instancePath + "/checklist/documentation", schemaPath: "#/properties/checklist/properties/documentation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.checklist.properties.documentation.type, parentSchema: schema17.properties.checklist.properties.documentation, data: data69 };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
        }
        if (data43.independent_review !== void 0) {
          let data73 = data43.independent_review;
          if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
            for (const key13 in data73) {
              if (!(key13 === "approvals" || key13 === "reviewers" || key13 === "team")) {
                const err118 = { instancePath: instancePath + "/checklist/independent_review", schemaPath: "#/properties/checklist/properties/independent_review/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.checklist.properties.independent_review, data: data73 };
                if (vErrors === null) {
                  vErrors = [err118];
                } else {
                  vErrors.push(err118);
                }
                errors++;
              }
            }
            if (data73.approvals !== void 0) {
              let data74 = data73.approvals;
              if (!(typeof data74 == "number" && (!(data74 % 1) && !isNaN(data74)) && isFinite(data74))) {
                const err119 = { instancePath: instancePath + "/checklist/independent_review/approvals", schemaPath: "#/properties/checklist/properties/independent_review/properties/approvals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema17.properties.checklist.properties.independent_review.properties.approvals.type, parentSchema: schema17.properties.checklist.properties.independent_review.properties.approvals, data: data74 };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
              if (typeof data74 == "number" && isFinite(data74)) {
                if (data74 < 0 || isNaN(data74)) {
                  const err120 = { instancePath: instancePath + "/checklist/independent_review/approvals", schemaPath: "#/properties/checklist/properties/independent_review/properties/approvals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.checklist.properties.independent_review.properties.approvals, data: data74 };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
              }
            }
            if (data73.reviewers !== void 0) {
              let data75 = data73.reviewers;
              if (Array.isArray(data75)) {
                const len5 = data75.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data76 = data75[i5];
                  if (typeof data76 !== "string") {
                    const err121 = { instancePath: instancePath + "/checklist/independent_review/reviewers/" + i5, schemaPath: "#/properties/checklist/properties/independent_review/properties/reviewers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.checklist.properties.independent_review.properties.reviewers.items.type, parentSchema: schema17.properties.checklist.properties.independent_review.properties.reviewers.items, data: data76 };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                }
              } else {
                const err122 = { instancePath: instancePath + "/checklist/independent_review/reviewers", schemaPath: "#/properties/checklist/properties/independent_review/properties/reviewers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.checklist.properties.independent_review.properties.reviewers.type, parentSchema: schema17.properties.checklist.properties.independent_review.properties.reviewers, data: data75 };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
            }
            if (data73.team !== void 0) {
              let data77 = data73.team;
              if (typeof data77 === "string") {
                if (!pattern12.test(data77)) {
                  const err123 = { instancePath: instancePath + "/checklist/independent_review/team", schemaPath: "#/properties/checklist/properties/independent_review/properties/team/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$"', schema: "^[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$", parentSchema: schema17.properties.checklist.properties.independent_review.properties.team, data: data77 };
                  if (vErrors === null) {
                    vErrors = [err123];
                  } else {
                    vErrors.push(err123);
                  }
                  errors++;
                }
              } else {
                const err124 = { instancePath: instancePath + "/checklist/independent_review/team", schemaPath: "#/properties/checklist/properties/independent_review/properties/team/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.checklist.properties.independent_review.properties.team.type, parentSchema: schema17.properties.checklist.properties.independent_review.properties.team, data: data77 };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            }
          } else {
            const err125 = { instancePath: instancePath + "/checklist/independent_review", schemaPath: "#/properties/checklist/properties/independent_review/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.checklist.properties.independent_review.type, parentSchema: schema17.properties.checklist.properties.independent_review, data: data73 };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
        }
        if (data43.waivers !== void 0) {
          let data78 = data43.waivers;
          if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
            for (const key14 in data78) {
              if (!(key14 === "allow_author" || key14 === "team")) {
                const err126 = { instancePath: instancePath + "/checklist/waivers", schemaPath: "#/properties/checklist/properties/waivers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.checklist.properties.waivers, data: data78 };
                if (vErrors === null) {
                  vErrors = [err126];
                } else {
                  vErrors.push(err126);
                }
                errors++;
              }
            }
            if (data78.allow_author !== void 0) {
              let data79 = data78.allow_author;
              if (typeof data79 !== "boolean") {
                const err127 = { instancePath: instancePath + "/checklist/waivers/allow_author", schemaPath: "#/properties/checklist/properties/waivers/properties/allow_author/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema17.properties.checklist.properties.waivers.properties.allow_author.type, parentSchema: schema17.properties.checklist.properties.waivers.properties.allow_author, data: data79 };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
            }
            if (data78.team !== void 0) {
              let data80 = data78.team;
              if (typeof data80 === "string") {
                if (!pattern12.test(data80)) {
                  const err128 = { instancePath: instancePath + "/checklist/waivers/team", schemaPath: "#/properties/checklist/properties/waivers/properties/team/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$"', schema: "^[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$", parentSchema: schema17.properties.checklist.properties.waivers.properties.team, data: data80 };
                  if (vErrors === null) {
                    vErrors = [err128];
                  } else {
                    vErrors.push(err128);
                  }
                  errors++;
                }
              } else {
                const err129 = { instancePath: instancePath + "/checklist/waivers/team", schemaPath: "#/properties/checklist/properties/waivers/properties/team/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.checklist.properties.waivers.properties.team.type, parentSchema: schema17.properties.checklist.properties.waivers.properties.team, data: data80 };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
            }
          } else {
            const err130 = { instancePath: instancePath + "/checklist/waivers", schemaPath: "#/properties/checklist/properties/waivers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.checklist.properties.waivers.type, parentSchema: schema17.properties.checklist.properties.waivers, data: data78 };
            if (vErrors === null) {
              vErrors = [err130];
            } else {
              vErrors.push(err130);
            }
            errors++;
          }
        }
        if (data43.expiry_warning_days !== void 0) {
          let data81 = data43.expiry_warning_days;
          if (!(typeof data81 == "number" && (!(data81 % 1) && !isNaN(data81)) && isFinite(data81))) {
            const err131 = { instancePath: instancePath + "/checklist/expiry_warning_days", schemaPath: "#/properties/checklist/properties/expiry_warning_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema17.properties.checklist.properties.expiry_warning_days.type, parentSchema: schema17.properties.checklist.properties.expiry_warning_days, data: data81 };
            if (vErrors === null) {
              vErrors = [err131];
            } else {
              vErrors.push(err131);
            }
            errors++;
          }
          if (typeof data81 == "number" && isFinite(data81)) {
            if (data81 < 0 || isNaN(data81)) {
              const err132 = { instancePath: instancePath + "/checklist/expiry_warning_days", schemaPath: "#/properties/checklist/properties/expiry_warning_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.checklist.properties.expiry_warning_days, data: data81 };
              if (vErrors === null) {
                vErrors = [err132];
              } else {
                vErrors.push(err132);
              }
              errors++;
            }
          }
        }
        if (data43.expiry_grace_days !== void 0) {
          let data82 = data43.expiry_grace_days;
          if (!(typeof data82 == "number" && (!(data82 % 1) && !isNaN(data82)) && isFinite(data82))) {
            const err133 = { instancePath: instancePath + "/checklist/expiry_grace_days", schemaPath: "#/properties/checklist/properties/expiry_grace_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema17.properties.checklist.properties.expiry_grace_days.type, parentSchema: schema17.properties.checklist.properties.expiry_grace_days, data: data82 };
            if (vErrors === null) {
              vErrors = [err133];
            } else {
              vErrors.push(err133);
            }
            errors++;
          }
          if (typeof data82 == "number" && isFinite(data82)) {
            if (data82 < 0 || isNaN(data82)) {
              const err134 = { instancePath: instancePath + "/checklist/expiry_grace_days", schemaPath: "#/properties/checklist/properties/expiry_grace_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.checklist.properties.expiry_grace_days, data: data82 };
              if (vErrors === null) {
                vErrors = [err134];
              } else {
                vErrors.push(err134);
              }
              errors++;
            }
          }
        }
        if (data43.expired_untouched !== void 0) {
          let data83 = data43.expired_untouched;
          if (!(data83 === "fail" || data83 === "warn")) {
            const err135 = { instancePath: instancePath + "/checklist/expired_untouched", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data83 };
            if (vErrors === null) {
              vErrors = [err135];
            } else {
              vErrors.push(err135);
            }
            errors++;
          }
        }
        if (data43.monitoring !== void 0) {
          let data84 = data43.monitoring;
          if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
            for (const key15 in data84) {
              if (!(key15 === "severity")) {
                const err136 = { instancePath: instancePath + "/checklist/monitoring", schemaPath: "#/properties/checklist/properties/monitoring/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.checklist.properties.monitoring, data: data84 };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
            }
            if (data84.severity !== void 0) {
              let data85 = data84.severity;
              if (!(data85 === "fail" || data85 === "warn")) {
                const err137 = { instancePath: instancePath + "/checklist/monitoring/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data85 };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
          } else {
            const err138 = { instancePath: instancePath + "/checklist/monitoring", schemaPath: "#/properties/checklist/properties/monitoring/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.checklist.properties.monitoring.type, parentSchema: schema17.properties.checklist.properties.monitoring, data: data84 };
            if (vErrors === null) {
              vErrors = [err138];
            } else {
              vErrors.push(err138);
            }
            errors++;
          }
        }
        if (data43.fairness !== void 0) {
          let data86 = data43.fairness;
          if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
            for (const key16 in data86) {
              if (!(key16 === "max_gap" || key16 === "max_gap_increase")) {
                const err139 = { instancePath: instancePath + "/checklist/fairness", schemaPath: "#/properties/checklist/properties/fairness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.checklist.properties.fairness, data: data86 };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
            }
            if (data86.max_gap !== void 0) {
              let data87 = data86.max_gap;
              if (typeof data87 == "number" && isFinite(data87)) {
                if (data87 < 0 || isNaN(data87)) {
                  const err140 = { instancePath: instancePath + "/checklist/fairness/max_gap", schemaPath: "#/properties/checklist/properties/fairness/properties/max_gap/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.checklist.properties.fairness.properties.max_gap, data: data87 };
                  if (vErrors === null) {
                    vErrors = [err140];
                  } else {
                    vErrors.push(err140);
                  }
                  errors++;
                }
              } else {
                const err141 = { instancePath: instancePath + "/checklist/fairness/max_gap", schemaPath: "#/properties/checklist/properties/fairness/properties/max_gap/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.properties.checklist.properties.fairness.properties.max_gap.type, parentSchema: schema17.properties.checklist.properties.fairness.properties.max_gap, data: data87 };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
            }
            if (data86.max_gap_increase !== void 0) {
              let data88 = data86.max_gap_increase;
              if (typeof data88 == "number" && isFinite(data88)) {
                if (data88 < 0 || isNaN(data88)) {
                  const err142 = { instancePath: instancePath + "/checklist/fairness/max_gap_increase", schemaPath: "#/properties/checklist/properties/fairness/properties/max_gap_increase/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.checklist.properties.fairness.properties.max_gap_increase, data: data88 };
                  if (vErrors === null) {
                    vErrors = [err142];
                  } else {
                    vErrors.push(err142);
                  }
                  errors++;
                }
              } else {
                const err143 = { instancePath: instancePath + "/checklist/fairness/max_gap_increase", schemaPath: "#/properties/checklist/properties/fairness/properties/max_gap_increase/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.properties.checklist.properties.fairness.properties.max_gap_increase.type, parentSchema: schema17.properties.checklist.properties.fairness.properties.max_gap_increase, data: data88 };
                if (vErrors === null) {
                  vErrors = [err143];
                } else {
                  vErrors.push(err143);
                }
                errors++;
              }
            }
          } else {
            const err144 = { instancePath: instancePath + "/checklist/fairness", schemaPath: "#/properties/checklist/properties/fairness/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.checklist.properties.fairness.type, parentSchema: schema17.properties.checklist.properties.fairness, data: data86 };
            if (vErrors === null) {
              vErrors = [err144];
            } else {
              vErrors.push(err144);
            }
            errors++;
          }
        }
        if (data43.operating_point !== void 0) {
          let data89 = data43.operating_point;
          if (data89 && typeof data89 == "object" && !Array.isArray(data89)) {
            for (const key17 in data89) {
              if (!(key17 === "min_precision" || key17 === "min_recall")) {
                const err145 = { instancePath: instancePath + "/checklist/operating_point", schemaPath: "#/properties/checklist/properties/operating_point/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.checklist.properties.operating_point, data: data89 };
                if (vErrors === null) {
                  vErrors = [err145];
                } else {
                  vErrors.push(err145);
                }
                errors++;
              }
            }
            if (data89.min_precision !== void 0) {
              let data90 = data89.min_precision;
              if (typeof data90 == "number" && isFinite(data90)) {
                if (data90 > 1 || isNaN(data90)) {
                  const err146 = { instancePath: instancePath + "/checklist/operating_point/min_precision", schemaPath: "#/properties/checklist/properties/operating_point/properties/min_precision/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema17.properties.checklist.properties.operating_point.properties.min_precision, data: data90 };
                  if (vErrors === null) {
                    vErrors = [err146];
                  } else {
                    vErrors.push(err146);
                  }
                  errors++;
                }
                if (data90 < 0 || isNaN(data90)) {
                  const err147 = { instancePath: instancePath + "/checklist/operating_point/min_precision", schemaPath: "#/properties/checklist/properties/operating_point/properties/min_precision/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.checklist.properties.operating_point.properties.min_precision, data: data90 };
                  if (vErrors === null) {
                    vErrors = [err147];
                  } else {
                    vErrors.push(err147);
                  }
                  errors++;
                }
              } else {
                const err148 = { instancePath: instancePath + "/checklist/operating_point/min_precision", schemaPath: "#/properties/checklist/properties/operating_point/properties/min_precision/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.properties.checklist.properties.operating_point.properties.min_precision.type, parentSchema: schema17.properties.checklist.properties.operating_point.properties.min_precision, data: data90 };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
            }
            if (data89.min_recall !== void 0) {
              let data91 = data89.min_recall;
              if (typeof data91 == "number" && isFinite(data91)) {
                if (data91 > 1 || isNaN(data91)) {
                  const err149 = { instancePath: instancePath + "/checklist/operating_point/min_recall", schemaPath: "#/properties/checklist/properties/operating_point/properties/min_recall/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema17.properties.checklist.properties.operating_point.properties.min_recall, data: data91 };
                  if (vErrors === null) {
                    vErrors = [err149];
                  } else {
                    vErrors.push(err149);
                  }
                  errors++;
                }
                if (data91 < 0 || isNaN(data91)) {
                  const err150 = { instancePath: instancePath + "/checklist/operating_point/min_recall", schemaPath: "#/properties/checklist/properties/operating_point/properties/min_recall/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.checklist.properties.operating_point.properties.min_recall, data: data91 };
                  if (vErrors === null) {
                    vErrors = [err150];
                  } else {
                    vErrors.push(err150);
                  }
                  errors++;
                }
              } else {
                const err151 = { instancePath: instancePath + "/checklist/operating_point/min_recall", schemaPath: "#/properties/checklist/properties/operating_point/properties/min_recall/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.properties.checklist.properties.operating_point.properties.min_recall.type, parentSchema: schema17.properties.checklist.properties.operating_point.properties.min_recall, data: data91 };
                if (vErrors === null) {
                  vErrors = [err151];
                } else {
                  vErrors.push(err151);
                }
                errors++;
              }
            }
          } else {
            const err152 = { instancePath: instancePath + "/checklist/operating_point", schemaPath: "#/properties/checklist/properties/operating_point/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.checklist.properties.operating_point.type, parentSchema: schema17.properties.checklist.properties.operating_point, data: data89 };
            if (vErrors === null) {
              vErrors = [err152];
            } else {
              vErrors.push(err152);
            }
            errors++;
          }
        }
      } else {
        const err153 = { instancePath: instancePath + "/checklist", schemaPath: "#/properties/checklist/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.checklist.type, parentSchema: schema17.properties.checklist, data: data43 };
        if (vErrors === null) {
          vErrors = [err153];
        } else {
          vErrors.push(err153);
        }
        errors++;
      }
    }
    if (data.models !== void 0) {
      let data92 = data.models;
      if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
        for (const key18 in data92) {
          let data93 = data92[key18];
          if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
            for (const key19 in data93) {
              if (!(key19 === "paths" || key19 === "report")) {
                const err154 = { instancePath: instancePath + "/models/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/models/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.models.additionalProperties, data: data93 };
                if (vErrors === null) {
                  vErrors = [err154];
                } else {
                  vErrors.push(err154);
                }
                errors++;
              }
            }
            if (data93.paths !== void 0) {
              let data94 = data93.paths;
              if (Array.isArray(data94)) {
                const len6 = data94.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  let data95 = data94[i6];
                  if (typeof data95 !== "string") {
                    const err155 = { instancePath: instancePath + "/models/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/paths/" + i6, schemaPath: "#/properties/models/additionalProperties/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.models.additionalProperties.properties.paths.items.type, parentSchema: schema17.properties.models.additionalProperties.properties.paths.items, data: data95 };
                    if (vErrors === null) {
                      vErrors = [err155];
                    } else {
                      vErrors.push(err155);
                    }
                    errors++;
                  }
                }
              } else {
                const err156 = { instancePath: instancePath + "/models/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/paths", schemaPath: "#/properties/models/additionalProperties/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.models.additionalProperties.properties.paths.type, parentSchema: schema17.properties.models.additionalProperties.properties.paths, data: data94 };
                if (vErrors === null) {
                  vErrors = [err156];
                } else {
                  vErrors.push(err156);
                }
                errors++;
              }
            }
            if (data93.report !== void 0) {
              let data96 = data93.report;
              if (typeof data96 === "string") {
                if (func3(data96) < 1) {
                  const err157 = { instancePath: instancePath + "/models/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/report", schemaPath: "#/properties/models/additionalProperties/properties/report/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.models.additionalProperties.properties.report, data: data96 };
                  if (vErrors === null) {
                    vErrors = [err157];
                  } else {
                    vErrors.push(err157);
                  }
                  errors++;
                }
              } else {
                const err158 = { instancePath: instancePath + "/models/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/report", schemaPath: "#/properties/models/additionalProperties/properties/report/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.models.additionalProperties.properties.report.type, parentSchema: schema17.properties.models.additionalProperties.properties.report, data: data96 };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
            }
          } else {
            const err159 = { instancePath: instancePath + "/models/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/models/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.models.additionalProperties.type, parentSchema: schema17.properties.models.additionalProperties, data: data93 };
            if (vErrors === null) {
              vErrors = [err159];
            } else {
              vErrors.push(err159);
            }
            errors++;
          }
        }
      } else {
        const err160 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.models.type, parentSchema: schema17.properties.models, data: data92 };
        if (vErrors === null) {
          vErrors = [err160];
        } else {
          vErrors.push(err160);
        }
        errors++;
      }
    }
  } else {
    const err161 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data };
    if (vErrors === null) {
      vErrors = [err161];
    } else {
      vErrors.push(err161);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}

// src/schema/schema-check.ts
var validators = { report, config };
var TYPE_NAMES = {
  number: "a number",
  integer: "a whole number",
  string: "a string",
  boolean: "true or false",
  object: "a mapping (key: value)",
  array: "a list"
};
var REQUIRED_HINTS = {
  version: "add `version: 1` at the top",
  model: "add `model: <name>` (one report per model)",
  metrics: "add `metrics:` with at least one `name: value`",
  metric: "name the metric the points measure, e.g. `metric: accuracy`"
};
var PATTERN_HINTS = {
  "^[A-Za-z0-9][A-Za-z0-9._/-]*$": "use letters, digits and . _ - / only (no spaces), starting with a letter or digit, e.g. fraud-detector",
  "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$": "write a GitHub handle: letters, digits and - (at most 39), with or without a leading @",
  "^[0-9a-fA-F]{7,64}$": "write a commit SHA: 7 to 64 hexadecimal digits",
  "^\\d{4}-\\d{2}-\\d{2}$": "write a date as YYYY-MM-DD",
  "^[A-Z]{3}$": "write a three-letter currency code in capitals, e.g. USD or EUR",
  "^[a-z0-9][a-z0-9_-]{0,40}$": "use lower-case letters, digits, _ and - only (no spaces), at most 41, starting with a letter or digit",
  "^[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$": "write org/team-slug, e.g. acme/ml-leads",
  "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$": "write a metric name: letters, digits and . _ / @ : - (no spaces), at most 100, starting with a letter or digit"
};
function patternSlip(value) {
  if (typeof value !== "string") return "";
  if (/^\s|\s$/.test(value)) return ": it starts or ends with a space";
  if (/\s/.test(value)) return ": it contains a space";
  return "";
}
function about(description) {
  return description ? ` \u2014 ${description}` : "";
}
function shownValue(value) {
  return typeof value === "number" ? String(value).slice(0, 30) : describe(value);
}
function describe(value) {
  if (value === null) return "nothing (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return "text";
  return `a ${typeof value}`;
}
function unknownKey(e, schema) {
  const key = String(e.params.additionalProperty);
  const valid = Object.keys(schema?.properties ?? {}).filter((k) => k !== "$schema");
  const guess = nearest(key, valid);
  const hint = guess ? `did you mean "${guess}"?` : valid.length ? `valid keys: ${valid.join(", ")}` : "remove it";
  return { message: `unknown key "${clipName(key)}"; ${hint}`, pointer: `${e.instancePath}/${escapeKey(key)}` };
}
function wrongType(e) {
  const pointer = e.instancePath;
  const types2 = String(e.params.type).split(",");
  const want = types2.map((t) => TYPE_NAMES[t] ?? t).join(" or ");
  const numeric2 = types2.includes("number") || types2.includes("integer");
  const nan = numeric2 && typeof e.data === "string" && /^[-+]?\.?(nan|inf|infinity)$/i.test(e.data);
  if (nan) return { message: nonFiniteMessage(String(e.data)), pointer };
  const hint = numeric2 && typeof e.data === "string" ? "; write a plain number such as 0.912 or 12000 (no %, units or separators)" : "";
  return { message: `expected ${want}, got ${shownValue(e.data)}${hint}`, pointer };
}
function badPattern(e, schema) {
  const pointer = e.instancePath;
  if (e.propertyName !== void 0) {
    return {
      message: "a name here has characters that are not allowed: use letters, digits and . _ / @ : - (at most 100 characters)",
      pointer,
      keyPointer: `${pointer}/${escapeKey(e.propertyName)}`
    };
  }
  const hint = PATTERN_HINTS[e.params.pattern];
  return {
    message: `has an invalid format${patternSlip(e.data)}${hint ? `; ${hint}` : about(schema?.description)}`,
    pointer
  };
}
var COMPARISON_WORDS = {
  ">=": "at least",
  "<=": "at most",
  ">": "greater than",
  "<": "less than"
};
function outOfRange(e, schema) {
  const { comparison, limit } = e.params;
  return {
    message: `must be ${COMPARISON_WORDS[comparison] ?? comparison} ${limit}, got ${shownValue(e.data)}${about(schema?.description)}`,
    pointer: e.instancePath
  };
}
var limitOf = (e) => e.params.limit;
var MESSAGES = {
  additionalProperties: unknownKey,
  required: (e) => {
    const key = e.params.missingProperty;
    const hint = REQUIRED_HINTS[key] ?? `add \`${key}:\``;
    return { message: `missing required key "${key}"; ${hint}`, pointer: e.instancePath };
  },
  type: wrongType,
  const: (e) => ({
    message: `expected ${JSON.stringify(e.params.allowedValue)}`,
    pointer: e.instancePath
  }),
  enum: (e) => ({
    message: `expected one of: ${e.params.allowedValues.join(", ")}`,
    pointer: e.instancePath
  }),
  pattern: badPattern,
  minProperties: (e) => ({ message: "must not be empty", pointer: e.instancePath }),
  maxLength: (e) => ({ message: `is longer than ${limitOf(e)} characters`, pointer: e.instancePath }),
  maxItems: (e) => ({ message: `has more than ${limitOf(e)} entries`, pointer: e.instancePath }),
  maxProperties: (e) => ({ message: `has more than ${limitOf(e)} entries`, pointer: e.instancePath }),
  minimum: outOfRange,
  maximum: outOfRange,
  exclusiveMinimum: outOfRange,
  exclusiveMaximum: outOfRange
};
function messageFor(e) {
  const schema = e.parentSchema;
  const rule = Object.hasOwn(MESSAGES, e.keyword) ? MESSAGES[e.keyword] : void 0;
  if (rule) return rule(e, schema);
  return { message: `${e.message ?? "is invalid"}${about(schema?.description)}`, pointer: e.instancePath };
}
var escapeKey = (key) => pointerOf([key]).slice(1);
function checkAgainstSchema(kind, doc, file) {
  const validate = validators[kind];
  if (validate(doc.value)) return;
  const seen = /* @__PURE__ */ new Set();
  const errors = [];
  for (const e of validate.errors ?? []) {
    if (e.keyword === "oneOf" || e.keyword === "anyOf" || e.keyword === "if" || e.keyword === "propertyNames") continue;
    const { message, pointer, keyPointer } = messageFor(e);
    const key = `${pointer}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const keyPos = e.keyword === "additionalProperties" ? doc.positions.get(`${pointer}#key`) : keyPointer ? doc.positions.get(`${keyPointer}#key`) : void 0;
    const pos = keyPos ?? doc.positions.get(pointer) ?? doc.positions.get(e.instancePath);
    errors.push(
      new InputError(message, {
        file,
        field: pointer ? pointerToField(pointer) : void 0,
        line: pos?.line,
        column: pos?.column
      })
    );
  }
  throw errors.length === 1 ? errors[0] : new InputErrors(errors.slice(0, 20));
}

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  if (str.indexOf("\\") === -1) {
    return str;
  }
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  if (str.indexOf("\0") === -1) {
    return str;
  }
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = isPadded(n[0]) || isPadded(n[1]);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob, position) => {
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str.length) {
        const c = str.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child) {
    return this.#canAdopt(child, adoptionWithSpaceMap);
  }
  #canAdopt(child, map = adoptionMap) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child, index2) {
    const gc = child.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child, index2);
  }
  #adopt(child, index2) {
    const gc = child.#parts[0];
    this.#parts.splice(index2, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child) {
    const m = usurpMap.get(this.type);
    const gc = child.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which === "b")
          return false;
        which = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which === "a")
          return false;
        which = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/kernel/glob.ts
var OPTIONS = { dot: true, noext: true, nonegate: true, nocomment: true, optimizationLevel: 2 };
var compiled = /* @__PURE__ */ new Map();
function globMatcher(glob) {
  let m = compiled.get(glob);
  if (!m) {
    const mm = new Minimatch(glob, OPTIONS);
    m = (path2) => mm.match(path2);
    if (compiled.size < 1e3) compiled.set(glob, m);
  }
  return m;
}
function isGlob(pattern) {
  return /[*?{[]/.test(pattern);
}
function matchesAny(path2, globs) {
  let matched = false;
  for (const g of globs) {
    const negated = g.startsWith("!");
    if (matched === negated && globMatcher(negated ? g.slice(1) : g)(path2)) matched = !negated;
  }
  return matched;
}
function globBase(glob) {
  const parts = glob.split("/");
  const fixed = [];
  for (const p of parts.slice(0, -1)) {
    if (isGlob(p)) break;
    fixed.push(p);
  }
  return fixed.join("/");
}
function globProblem(glob, opts) {
  const body = glob.startsWith("!") ? glob.slice(1) : glob;
  if (glob.startsWith("!")) {
    if (!opts.negation) return "negations (`!pattern`) are not supported here; list what to include";
    if (opts.first)
      return "a list cannot start with a negation (`!pattern` only excludes what an earlier pattern matched)";
  }
  if (body.trim() === "") return "is empty";
  if (body.includes("\\")) return "contains a backslash; paths are `/`-separated and glob characters are not escaped";
  if (/[@!+*?]\(/.test(body)) return "uses an extended glob such as `+(a|b)`, which is not supported; use `{a,b}`";
  if (!balanced(body, "[", "]")) return "has an unclosed `[` character class";
  if (!balanced(body, "{", "}")) return "has an unclosed `{` alternation";
  return null;
}
function balanced(s, open, close) {
  let depth = 0;
  for (const c of s) {
    if (c === open) depth++;
    else if (c === close && depth > 0) depth--;
  }
  return depth === 0;
}

// src/kernel/spec-syntax.ts
function splitSpec(spec) {
  const m = /^([a-z][a-z-]*):(?!\/\/)(.+)$/.exec(spec.trim());
  return m ? { prefix: m[1], path: m[2].trim() } : { prefix: null, path: spec.trim() };
}

// src/schema/config-globs.ts
function checkConfigGlobs(raw, positions, file) {
  const check = (path2, value, negation, first, spec) => {
    if (typeof value !== "string" || spec && splitSpec(value).prefix === "mlflow-server") return;
    const glob = spec ? splitSpec(value).path : value;
    const problem = globProblem(glob, { negation, first });
    if (problem === null) return;
    const pos = positions.get(pointerOf(path2));
    throw new InputError(`the pattern "${value.slice(0, 80)}" ${problem}`, {
      file,
      field: pointerToField(pointerOf(path2)),
      line: pos?.line,
      column: pos?.column
    });
  };
  const list = (path2, value, negation, spec) => {
    if (Array.isArray(value)) value.forEach((v, i) => check([...path2, String(i)], v, negation, i === 0, spec));
    else check(path2, value, negation, true, spec);
  };
  list(["reports"], raw.reports, false, true);
  for (const [name, m] of Object.entries(raw.models ?? {})) {
    list(["models", name, "paths"], m?.paths, true, false);
    check(["models", name, "report"], m?.report, false, true, true);
  }
  list(["checklist", "model_paths"], raw.checklist?.model_paths, true, false);
}

// src/metrics/kinds-classification.ts
var FRACTION = { scale: "fraction", bounds: [0, 1], tolerance: "noise" };
var CLASSIFICATION_KINDS = [
  {
    id: "accuracy",
    title: "Accuracy",
    family: "classification",
    direction: "higher",
    ...FRACTION,
    proportion: true,
    paired: "mcnemar",
    complement: { group: "accuracy", negative: false },
    aliases: [
      "accuracy",
      "acc",
      "top1",
      "top_1",
      "top1_acc",
      "top1_accuracy",
      "top_1_accuracy",
      "top_1_acc",
      "acc_mutual_info"
    ],
    whole: ["binary_accuracy", "categorical_accuracy", "sparse_categorical_accuracy", "multiclass_accuracy"],
    sources: ["torchmetrics", "sklearn", "keras", "hf_evaluate", "mlflow", "lm_eval"]
  },
  {
    id: "error_rate",
    title: "Error rate (1 \u2212 accuracy)",
    family: "classification",
    direction: "lower",
    ...FRACTION,
    proportion: true,
    paired: "mcnemar",
    complement: { group: "accuracy", negative: true },
    aliases: [
      "error_rate",
      "err_rate",
      "misclassification_rate",
      "misclassification",
      "zero_one_loss",
      "top1_error",
      "top_1_error",
      "top1_err",
      "top1_error_rate",
      "classification_error_rate"
    ],
    sources: ["sklearn", "xgboost"]
  },
  {
    id: "error",
    title: "Error, bare name (a classification error rate in [0, 1], else in its own unit)",
    family: "classification",
    direction: "lower",
    ...FRACTION,
    percent: false,
    proportion: true,
    paired: "mcnemar",
    complement: { group: "accuracy", negative: true },
    aliases: ["error", "err", "merror", "binary_error", "multi_error", "classification_error"],
    sources: ["xgboost", "sklearn", "lightgbm"],
    note: "XGBoost's `error`/`merror` and LCDB's `val_error` are classification error rates; an `error` above 1 is a regression's"
  },
  {
    id: "top_k_accuracy",
    title: "Top-k accuracy (k > 1)",
    family: "classification",
    direction: "higher",
    ...FRACTION,
    proportion: true,
    complement: { group: "top_k", negative: false },
    aliases: ["top_k_accuracy", "top_k_acc", "topk_accuracy", "top_k_categorical_accuracy"],
    whole: ["sparse_top_k_categorical_accuracy"],
    patterns: [/^top_?([2-9]|\d{2,})(_(acc|accuracy|categorical_accuracy))?$/],
    sources: ["sklearn", "keras"]
  },
  {
    id: "top_k_error",
    title: "Top-k error (k > 1)",
    family: "classification",
    direction: "lower",
    ...FRACTION,
    proportion: true,
    complement: { group: "top_k", negative: true },
    aliases: ["top_k_error"],
    patterns: [/^top_?([2-9]|\d{2,})_(error|err|error_rate)$/],
    sources: ["mlgate"]
  },
  {
    id: "balanced_accuracy",
    title: "Balanced accuracy (mean per-class recall)",
    family: "classification",
    direction: "higher",
    ...FRACTION,
    aliases: ["balanced_accuracy", "balanced_acc", "bacc", "mean_per_class_accuracy"],
    sources: ["sklearn"]
  },
  {
    id: "precision",
    title: "Precision (PPV, NPV)",
    family: "classification",
    direction: "higher",
    ...FRACTION,
    paired: "bootstrap",
    complement: { group: "precision", negative: false },
    aliases: ["precision", "prec", "ppv", "positive_predictive_value", "pre", "npv", "negative_predictive_value"],
    sources: ["torchmetrics", "sklearn", "keras", "hf_evaluate", "mlflow", "xgboost"]
  },
  {
    id: "recall",
    title: "Recall (sensitivity, TPR, detection rate)",
    family: "classification",
    direction: "higher",
    ...FRACTION,
    paired: "bootstrap",
    complement: { group: "recall", negative: false },
    aliases: ["recall", "sensitivity", "tpr", "true_positive_rate", "detection_rate"],
    sources: ["torchmetrics", "sklearn", "keras", "hf_evaluate", "mlflow"]
  },
  {
    id: "specificity",
    title: "Specificity (TNR)",
    family: "classification",
    direction: "higher",
    ...FRACTION,
    complement: { group: "specificity", negative: false },
    aliases: ["specificity", "tnr", "true_negative_rate", "selectivity"],
    sources: ["torchmetrics", "keras"]
  },
  {
    id: "f_score",
    title: "F1 / F-beta score",
    family: "classification",
    direction: "higher",
    ...FRACTION,
    paired: "bootstrap",
    aliases: ["f1", "f2", "f05", "f0_5", "f_1", "fbeta", "f_beta", "f_measure", "fmeasure", "f_score", "fscore"],
    sources: ["torchmetrics", "sklearn", "keras", "hf_evaluate", "mlflow", "lm_eval"]
  },
  {
    id: "false_positive_rate",
    title: "False positive rate (fall-out, FAR)",
    family: "classification",
    direction: "lower",
    ...FRACTION,
    complement: { group: "specificity", negative: true },
    aliases: [
      "fpr",
      "false_positive_rate",
      "fall_out",
      "fallout",
      "false_alarm_rate",
      "far",
      "eer",
      "equal_error_rate"
    ],
    sources: ["torchmetrics"]
  },
  {
    id: "false_negative_rate",
    title: "False negative rate (miss rate, FRR)",
    family: "classification",
    direction: "lower",
    ...FRACTION,
    complement: { group: "recall", negative: true },
    aliases: ["fnr", "false_negative_rate", "miss_rate", "frr", "false_rejection_rate", "false_reject_rate"],
    sources: ["mlgate"]
  },
  {
    id: "false_discovery_rate",
    title: "False discovery rate",
    family: "classification",
    direction: "lower",
    ...FRACTION,
    complement: { group: "precision", negative: true },
    aliases: ["fdr", "false_discovery_rate", "false_omission_rate"],
    sources: ["mlgate"]
  },
  {
    id: "auc",
    title: "ROC AUC (and the concordance index)",
    family: "classification",
    direction: "higher",
    ...FRACTION,
    aliases: ["auc", "roc_auc", "auroc", "auc_roc", "rocauc", "auc_mu", "logauc", "log_auc", "pauc", "partial_auc"],
    whole: ["c_index", "concordance_index"],
    sources: ["torchmetrics", "sklearn", "keras", "hf_evaluate", "mlflow", "xgboost", "lightgbm"]
  },
  {
    id: "average_precision",
    title: "Average precision (PR AUC)",
    family: "classification",
    direction: "higher",
    ...FRACTION,
    aliases: [
      "average_precision",
      "ap",
      "aucpr",
      "pr_auc",
      "auprc",
      "auc_pr",
      "precision_recall_auc",
      "avg_precision",
      "avg_prec"
    ],
    sources: ["torchmetrics", "sklearn", "mlflow", "xgboost", "lightgbm"]
  },
  {
    id: "exact_match",
    title: "Exact match (subset accuracy)",
    family: "classification",
    direction: "higher",
    ...FRACTION,
    aliases: ["exact_match", "em", "subset_accuracy"],
    sources: ["torchmetrics", "hf_evaluate", "mlflow", "lm_eval"]
  },
  {
    id: "hamming_loss",
    title: "Hamming loss (share of wrong labels)",
    family: "classification",
    direction: "lower",
    ...FRACTION,
    aliases: ["hamming_loss", "hamming", "hamming_distance"],
    sources: ["torchmetrics", "sklearn"]
  },
  {
    id: "agreement",
    title: "Agreement and association (MCC, kappa, Cram\xE9r\u2019s V)",
    family: "classification",
    direction: "higher",
    scale: "value",
    bounds: [-1, 1],
    tolerance: { pct: 5 },
    aliases: [
      "mcc",
      "matthews_corrcoef",
      "matthews_correlation",
      "matthews_corr_coef",
      "kappa",
      "cohen_kappa",
      "cohens_kappa",
      "quadratic_weighted_kappa",
      "qwk",
      "fleiss_kappa",
      "krippendorff_alpha",
      "cramers_v",
      "theils_u",
      "tschuprows_t",
      "contingency_coefficient"
    ],
    sources: ["torchmetrics", "sklearn", "hf_evaluate", "lm_eval"]
  },
  {
    id: "likelihood_ratio_positive",
    title: "Positive likelihood ratio",
    family: "classification",
    direction: "higher",
    scale: "value",
    tolerance: { pct: 5 },
    aliases: ["positive_likelihood_ratio"],
    sources: ["sklearn"]
  },
  {
    id: "likelihood_ratio_negative",
    title: "Negative likelihood ratio",
    family: "classification",
    direction: "lower",
    scale: "value",
    tolerance: { pct: 5 },
    aliases: ["negative_likelihood_ratio"],
    sources: ["sklearn"]
  },
  {
    id: "calibration_error",
    title: "Calibration error (ECE, MCE)",
    family: "calibration",
    direction: "lower",
    scale: "fraction",
    bounds: [0, 1],
    tolerance: { pct: 5 },
    aliases: [
      "ece",
      "expected_calibration_error",
      "calibration_error",
      "mce",
      "max_calibration_error",
      "ace",
      "adaptive_calibration_error",
      "rmsce"
    ],
    sources: ["torchmetrics"]
  },
  {
    id: "brier",
    title: "Brier score",
    family: "calibration",
    direction: "lower",
    scale: "fraction",
    bounds: [0, 1],
    percent: false,
    tolerance: { pct: 5 },
    aliases: ["brier", "brier_score", "brier_score_loss", "brier_loss"],
    sources: ["sklearn", "hf_evaluate", "lm_eval"]
  },
  {
    id: "ranking",
    title: "Ranking quality (MAP, NDCG, MRR, R-precision)",
    family: "ranking",
    direction: "higher",
    ...FRACTION,
    aliases: [
      "map",
      "mean_average_precision",
      "mean_ap",
      "ndcg",
      "dcg",
      "mrr",
      "mean_reciprocal_rank",
      "reciprocal_rank",
      "r_precision",
      "rprecision",
      "label_ranking_average_precision",
      "lrap",
      "retrieval_average_precision",
      "retrieval_map"
    ],
    sources: ["torchmetrics", "sklearn", "mlflow", "xgboost", "lightgbm"]
  },
  {
    id: "hit_rate",
    title: "Hit rate (share of queries with a hit)",
    family: "ranking",
    direction: "higher",
    ...FRACTION,
    proportion: true,
    aliases: ["hit_rate", "hits", "hit", "hit_ratio", "success_at"],
    sources: ["torchmetrics"]
  },
  {
    id: "rank",
    title: "Rank (mean or median position)",
    family: "ranking",
    direction: "lower",
    scale: "value",
    tolerance: { pct: 5 },
    aliases: ["rank", "mean_rank", "median_rank", "avg_rank", "average_rank"],
    whole: ["mr"],
    sources: ["sklearn"]
  },
  {
    id: "coverage",
    title: "Coverage",
    family: "ranking",
    direction: "higher",
    ...FRACTION,
    aliases: ["coverage", "catalog_coverage"],
    sources: ["mlgate"]
  }
];

// src/metrics/kinds-resources.ts
var VALUE = { scale: "value", tolerance: { pct: 5 } };
var WORK = "steps|tokens|tok|samples|examples|images|img|imgs|queries|requests|items|frames|it|iters|sequences|seqs|sentences|words|chars|characters|predictions|inferences|batches|pixels";
var PER_TIME = "s|sec|secs|second|seconds|ms|min|minute|minutes|h|hr|hour|hours";
var RESOURCE_KINDS = [
  {
    id: "latency",
    title: "Time and latency",
    family: "resources",
    direction: "lower",
    ...VALUE,
    aliases: [
      "latency",
      "time",
      "duration",
      "elapsed",
      "wall_clock",
      "wallclock",
      "wall_time",
      "walltime",
      "ttft",
      "time_to_first_token",
      "tpot",
      "time_per_output_token",
      "itl",
      "inter_token_latency",
      "response_time",
      "delay",
      "lag",
      "runtime"
    ],
    patterns: [/^(time|wall_clock|steps|epochs|iterations|samples|tokens|examples|evals)_to(_|$)/],
    sources: ["mlflow", "codecarbon"]
  },
  {
    id: "throughput",
    title: "Throughput",
    family: "resources",
    direction: "higher",
    ...VALUE,
    aliases: ["throughput", "qps", "rps", "tps", "fps", "speedup", "speed"],
    patterns: [new RegExp(`^(${WORK})_(per_)?(${PER_TIME})$`)],
    sources: ["mlgate"]
  },
  {
    id: "memory",
    title: "Memory, size and footprint",
    family: "resources",
    direction: "lower",
    ...VALUE,
    aliases: [
      "memory",
      "mem",
      "ram",
      "vram",
      "rss",
      "max_rss",
      "heap",
      "footprint",
      "size",
      "model_size",
      "weights",
      "checkpoint_size",
      "disk_size",
      "file_size",
      "artifact_size",
      "binary_size",
      "bundle_size",
      "storage"
    ],
    sources: ["mlgate"]
  },
  {
    id: "parameters",
    title: "Parameter count",
    family: "resources",
    direction: "lower",
    ...VALUE,
    aliases: ["params", "parameters", "num_params", "n_params", "nparams", "param_count", "parameter_count"],
    sources: ["mlgate"]
  },
  {
    id: "compute",
    title: "Compute (FLOPs, MACs)",
    family: "resources",
    direction: "lower",
    ...VALUE,
    aliases: [
      "flops",
      "gflops",
      "tflops",
      "pflops",
      "mflops",
      "macs",
      "gmacs",
      "mmacs",
      "madds",
      "multiply_adds",
      "flos"
    ],
    sources: ["mlgate"]
  },
  {
    id: "energy",
    title: "Energy and power",
    family: "resources",
    direction: "lower",
    ...VALUE,
    aliases: ["energy", "energy_consumed", "joules", "kwh", "power", "power_draw", "watts"],
    sources: ["codecarbon"]
  },
  {
    id: "emissions",
    title: "Emissions (CO\u2082eq)",
    family: "resources",
    direction: "lower",
    ...VALUE,
    aliases: ["emissions", "co2", "co2e", "co2eq", "co2_eq", "carbon", "carbon_footprint", "ghg", "emissions_rate"],
    sources: ["codecarbon"]
  },
  {
    id: "cost",
    title: "Money (cost, price)",
    family: "resources",
    direction: "lower",
    ...VALUE,
    aliases: ["cost", "costs", "price", "spend", "spending", "expense", "expenses", "bill", "billing"],
    sources: ["mlgate"]
  },
  {
    id: "failure_count",
    title: "Counts of bad events (errors, failures, false positives)",
    family: "counts and rates",
    direction: "lower",
    ...VALUE,
    aliases: [
      "errors",
      "num_errors",
      "error_count",
      "failures",
      "failure",
      "failed",
      "crashes",
      "crash",
      "timeouts",
      "timeout",
      "violations",
      "violation",
      "incidents",
      "bugs",
      "retries",
      "rejections",
      "oom",
      "ooms",
      "misses",
      "miss",
      "false_positives",
      "false_negatives",
      "fp",
      "fn",
      "false_alarms"
    ],
    sources: ["mlflow", "keras"]
  },
  {
    id: "success_count",
    title: "Counts of good events (true positives, correct answers)",
    family: "counts and rates",
    direction: "higher",
    ...VALUE,
    aliases: ["true_positives", "true_negatives", "tp", "tn", "correct", "num_correct", "solved", "passed"],
    sources: ["mlflow", "keras"]
  },
  {
    id: "harm_rate",
    title: "Rates of harm and failure (hallucination, toxicity, attack success, timeouts)",
    family: "counts and rates",
    direction: "lower",
    scale: "fraction",
    bounds: [0, 1],
    tolerance: { pct: 5 },
    aliases: [
      "hallucination",
      "hallucinations",
      "hallucination_rate",
      "toxicity",
      "toxic",
      "toxicity_rate",
      "bias",
      "attack_success_rate",
      "attack_success",
      "jailbreak_rate",
      "jailbreak_success",
      "jailbreak_success_rate",
      "unsafe_rate",
      "failure_rate",
      "crash_rate",
      "timeout_rate",
      "violation_rate",
      "drop_rate",
      "churn",
      "churn_rate"
    ],
    sources: ["mlflow", "hf_evaluate"]
  },
  {
    id: "success_rate",
    title: "Success rates (pass@k, win rate)",
    family: "counts and rates",
    direction: "higher",
    scale: "fraction",
    bounds: [0, 1],
    tolerance: "noise",
    aliases: [
      "success_rate",
      "pass",
      "pass_rate",
      "win_rate",
      "winrate",
      "solve_rate",
      "resolve_rate",
      "resolved_rate",
      "completion_rate",
      "acceptance_rate",
      "accept_rate"
    ],
    sources: ["hf_evaluate"]
  },
  {
    id: "judge_score",
    title: "Judge and reward scores (faithfulness, relevance, reward)",
    family: "counts and rates",
    direction: "higher",
    ...VALUE,
    aliases: [
      "faithfulness",
      "relevance",
      "answer_relevance",
      "answer_relevancy",
      "context_relevancy",
      "answer_correctness",
      "answer_similarity",
      "groundedness",
      "correctness",
      "coherence",
      "fluency",
      "helpfulness",
      "harmlessness",
      "reward",
      "rewards",
      "episode_return",
      "elo"
    ],
    sources: ["mlflow"]
  },
  {
    id: "improvement",
    title: "Improvements and savings (gain, reduction, efficiency)",
    family: "counts and rates",
    direction: "higher",
    ...VALUE,
    aliases: [
      "improvement",
      "gain",
      "reduction",
      "savings",
      "saving",
      "saved",
      "revenue",
      "profit",
      "income",
      "earnings",
      "uplift",
      "lift",
      "efficiency",
      "roi",
      "benefit"
    ],
    sources: ["mlgate"]
  },
  {
    id: "degradation",
    title: "Degradation (drop, decline)",
    family: "counts and rates",
    direction: "lower",
    ...VALUE,
    aliases: ["drop", "degradation", "decline", "decrease", "deterioration", "drift"],
    sources: ["mlgate"]
  },
  {
    id: "fairness_gap",
    title: "Gaps and disparities (demographic parity difference)",
    family: "fairness",
    direction: "lower",
    ...VALUE,
    bounds: [0, 1],
    aliases: ["gap", "difference", "diff", "disparity", "max_gap"],
    sources: ["fairlearn", "torchmetrics"]
  },
  {
    id: "fairness_ratio",
    title: "Parity ratios (demographic parity ratio, disparate impact)",
    family: "fairness",
    direction: "higher",
    ...VALUE,
    bounds: [0, 1],
    aliases: [
      "demographic_parity_ratio",
      "equalized_odds_ratio",
      "equal_opportunity_ratio",
      "disparate_impact",
      "disparate_impact_ratio"
    ],
    sources: ["fairlearn"]
  },
  {
    id: "spread",
    title: "Spread (standard error, standard deviation, variance)",
    family: "spread",
    direction: "lower",
    ...VALUE,
    aliases: ["stderr", "std", "stdev", "std_dev", "standard_deviation", "sem", "variance", "var", "ci_width", "iqr"],
    sources: ["sklearn"]
  },
  {
    id: "score",
    title: 'A score named only "score" (scikit-learn: a `_score` is better higher)',
    family: "spread",
    direction: "higher",
    ...VALUE,
    aliases: [],
    whole: ["score"],
    sources: ["sklearn"]
  },
  {
    id: "bookkeeping",
    title: "Bookkeeping: step, epoch, learning rate, runtime, speed (shown, never gated)",
    family: "bookkeeping",
    direction: null,
    ...VALUE,
    aliases: [],
    whole: [
      "step",
      "global_step",
      "trainer_global_step",
      "epoch",
      "iteration",
      "iter",
      "lr",
      "learning_rate",
      "momentum",
      "grad_norm",
      "gradient_norm",
      "total_flos",
      "runtime",
      "samples_per_second",
      "steps_per_second",
      "timestamp",
      "batch_size",
      "num_input_tokens_seen",
      "example_count",
      "num_examples",
      "num_samples"
    ],
    patterns: [/^lr_/],
    sources: ["trackers", "hf_trainer", "mlflow"],
    note: "also every name that starts with `_` (W&B `_step`, `_runtime`, `_timestamp`)"
  }
];

// src/metrics/kinds-scores.ts
var VALUE2 = { scale: "value", tolerance: { pct: 5 } };
var FRACTION2 = { scale: "fraction", bounds: [0, 1], tolerance: "noise" };
var SCORE_KINDS = [
  {
    id: "loss",
    title: "Loss (log loss, cross-entropy, NLL, hinge, objective)",
    family: "loss and regression",
    direction: "lower",
    ...VALUE2,
    bounds: [0, null],
    aliases: [
      "loss",
      "log_loss",
      "logloss",
      "nll",
      "negative_log_likelihood",
      "cross_entropy",
      "crossentropy",
      "binary_crossentropy",
      "categorical_crossentropy",
      "sparse_categorical_crossentropy",
      "bce",
      "binary_logloss",
      "multi_logloss",
      "mlogloss",
      "nloglik",
      "hinge",
      "squared_hinge",
      "categorical_hinge",
      "poisson",
      "huber",
      "pinball",
      "quantile",
      "log_cosh",
      "logcosh",
      "coverage_error",
      "objective"
    ],
    sources: ["keras", "hf_trainer", "torchmetrics", "sklearn", "xgboost", "lightgbm"]
  },
  {
    id: "regression_error",
    title: "Regression error (MSE, RMSE, MAE, deviance, CRPS)",
    family: "loss and regression",
    direction: "lower",
    ...VALUE2,
    bounds: [0, null],
    aliases: [
      "mse",
      "mean_squared_error",
      "rmse",
      "root_mean_squared_error",
      "mae",
      "mean_absolute_error",
      "l1",
      "l2",
      "median_absolute_error",
      "medae",
      "max_error",
      "msle",
      "mean_squared_log_error",
      "mean_squared_logarithmic_error",
      "rmsle",
      "root_mean_squared_log_error",
      "nrmse",
      "normalized_root_mean_squared_error",
      "nmse",
      "rse",
      "relative_squared_error",
      "rae",
      "relative_absolute_error",
      "absolute_error",
      "squared_error",
      "relative_error",
      "reconstruction_error",
      "prediction_error",
      "forecast_error",
      "mphe",
      "rmse_sw",
      "ergas",
      "rase",
      "spectral_angle_mapper",
      "total_variation",
      "lip_vertex_error",
      "deviance",
      "mean_gamma_deviance",
      "mean_poisson_deviance",
      "mean_tweedie_deviance",
      "tweedie_deviance",
      "crps",
      "continuous_ranked_probability_score",
      "procrustes_disparity",
      "error_relative_global_dimensionless_synthesis",
      "log_cosh_error",
      "relative_average_spectral_error"
    ],
    sources: ["torchmetrics", "sklearn", "keras", "mlflow", "hf_evaluate", "xgboost", "lightgbm"]
  },
  {
    id: "percentage_error",
    title: "Percentage error (MAPE, sMAPE, MASE)",
    family: "loss and regression",
    direction: "lower",
    ...VALUE2,
    bounds: [0, null],
    aliases: [
      "mape",
      "mean_absolute_percentage_error",
      "smape",
      "symmetric_mape",
      "symmetric_mean_absolute_percentage_error",
      "wmape",
      "weighted_mape",
      "weighted_mean_absolute_percentage_error",
      "mase",
      "mean_absolute_scaled_error",
      "mdape",
      "median_absolute_percentage_error"
    ],
    sources: ["torchmetrics", "sklearn", "keras", "mlflow", "hf_evaluate"],
    note: "XGBoost's early stopping excludes `mape` from the maximised `map\u2026` names"
  },
  {
    id: "r2",
    title: "R\xB2 and explained variance",
    family: "loss and regression",
    direction: "higher",
    ...VALUE2,
    bounds: [null, 1],
    aliases: [
      "r2",
      "r_2",
      "r_squared",
      "rsquared",
      "adjusted_r2",
      "adj_r2",
      "coefficient_of_determination",
      "explained_variance",
      "evs",
      "d2_absolute_error",
      "d2_pinball",
      "d2_tweedie"
    ],
    sources: ["torchmetrics", "sklearn", "keras", "mlflow", "hf_evaluate"]
  },
  {
    id: "correlation",
    title: "Correlation and similarity (Pearson, Spearman, CCC, cosine)",
    family: "loss and regression",
    direction: "higher",
    ...VALUE2,
    bounds: [-1, 1],
    aliases: [
      "correlation",
      "corr",
      "corrcoef",
      "pearson",
      "pearsonr",
      "pearson_r",
      "pcc",
      "plcc",
      "spearman",
      "spearmanr",
      "spearman_rho",
      "srcc",
      "kendall",
      "kendall_tau",
      "kendalltau",
      "krcc",
      "concordance_correlation",
      "concordance_corrcoef",
      "ccc",
      "cosine_similarity",
      "cos_sim",
      "similarity"
    ],
    sources: ["torchmetrics", "keras", "hf_evaluate"]
  },
  {
    id: "divergence",
    title: "Divergence and distance (KL, JS, Hausdorff, edit distance)",
    family: "loss and regression",
    direction: "lower",
    ...VALUE2,
    bounds: [0, null],
    aliases: [
      "divergence",
      "distance",
      "kl",
      "kld",
      "kl_div",
      "kl_divergence",
      "kullback_leibler",
      "js_divergence",
      "jsd",
      "jensen_shannon",
      "hausdorff",
      "hd95",
      "emd",
      "wasserstein",
      "levenshtein",
      "davies_bouldin",
      "davies_bouldin_index"
    ],
    sources: ["torchmetrics", "keras", "sklearn"],
    note: "Davies\u2013Bouldin: scikit-learn says lower is better (0 is best); TorchMetrics marks it higher_is_better"
  },
  {
    id: "text_error_rate",
    title: "Text and speech error rate (WER, CER, TER, DER)",
    family: "text and speech",
    direction: "lower",
    scale: "fraction",
    bounds: [0, null],
    tolerance: { pct: 5 },
    aliases: [
      "wer",
      "cer",
      "ter",
      "mer",
      "wil",
      "ser",
      "der",
      "word_error_rate",
      "char_error_rate",
      "character_error_rate",
      "translation_edit_rate",
      "match_error_rate",
      "word_information_lost",
      "word_info_lost",
      "phone_error_rate",
      "phoneme_error_rate",
      "sentence_error_rate",
      "symbol_error_rate",
      "token_error_rate",
      "diarization_error_rate",
      "eed",
      "extended_edit_distance"
    ],
    whole: ["per"],
    sources: ["torchmetrics", "hf_evaluate"],
    note: "lm-evaluation-harness registers `ter` with higher_is_better=True; its docstring, TorchMetrics and HF say lower"
  },
  {
    id: "text_overlap",
    title: "Text overlap and similarity (BLEU, ROUGE, chrF, METEOR, BERTScore)",
    family: "text and speech",
    direction: "higher",
    ...FRACTION2,
    aliases: [
      "bleu",
      "sacrebleu",
      "sacre_bleu",
      "google_bleu",
      "gleu",
      "chrf",
      "chrfpp",
      "meteor",
      "cider",
      "cider_d",
      "spice",
      "bertscore",
      "bert_score",
      "bert",
      "bleurt",
      "comet",
      "nist",
      "nist_mt",
      "sari",
      "wip",
      "word_information_preserved",
      "mauve"
    ],
    patterns: [/^bleu_?[1-4]$/, /^rouge(_?([1-9]|l|lsum|w|s|su))?$/],
    sources: ["torchmetrics", "hf_evaluate", "mlflow", "lm_eval"]
  },
  {
    id: "perplexity",
    title: "Perplexity and bits per byte",
    family: "text and speech",
    direction: "lower",
    ...VALUE2,
    bounds: [1, null],
    aliases: [
      "perplexity",
      "ppl",
      "word_perplexity",
      "byte_perplexity",
      "token_perplexity",
      "bits_per_byte",
      "bpb",
      "bits_per_character",
      "bits_per_char",
      "bpc",
      "bits_per_dim",
      "bpd",
      "bits_per_token",
      "nats_per_token"
    ],
    sources: ["torchmetrics", "hf_evaluate", "lm_eval"]
  },
  {
    id: "readability_grade",
    title: "Readability grade level",
    family: "text and speech",
    direction: "lower",
    ...VALUE2,
    aliases: [
      "grade_level",
      "flesch_kincaid_grade",
      "fkgl",
      "ari_grade_level",
      "automated_readability_index",
      "gunning_fog",
      "smog_index",
      "coleman_liau_index"
    ],
    sources: ["mlflow"]
  },
  {
    id: "generative_distance",
    title: "Generative distance (FID, KID, LPIPS)",
    family: "generative",
    direction: "lower",
    ...VALUE2,
    bounds: [0, null],
    aliases: [
      "fid",
      "frechet_inception_distance",
      "kid",
      "kernel_inception_distance",
      "mifid",
      "fvd",
      "frechet_video_distance",
      "fad",
      "frechet_audio_distance",
      "lpips",
      "dists",
      "learned_perceptual_image_patch_similarity"
    ],
    sources: ["torchmetrics"]
  },
  {
    id: "perceptual_quality",
    title: "Generative and perceptual quality (IS, CLIP score, PSNR, SSIM, PESQ, SI-SDR)",
    family: "generative",
    direction: "higher",
    ...VALUE2,
    aliases: [
      "inception",
      "inception_score",
      "clip",
      "clip_score",
      "clipscore",
      "clip_iqa",
      "psnr",
      "psnrb",
      "peak_signal_noise_ratio",
      "ssim",
      "ms_ssim",
      "msssim",
      "structural_similarity",
      "uqi",
      "vif",
      "vifp",
      "scc",
      "vmaf",
      "pesq",
      "stoi",
      "estoi",
      "sdr",
      "si_sdr",
      "sisdr",
      "snr",
      "si_snr",
      "sisnr",
      "srmr",
      "dnsmos",
      "nisqa",
      "mos",
      "arniqa",
      "qnr",
      "aesthetic",
      "pick",
      "image_reward",
      "signal_noise_ratio",
      "signal_to_noise_ratio",
      "signal_distortion_ratio",
      "scale_invariant_signal_distortion_ratio",
      "scale_invariant_signal_noise_ratio",
      "perceptual_evaluation_speech_quality",
      "short_time_objective_intelligibility",
      "universal_image_quality_index"
    ],
    whole: ["is"],
    sources: ["torchmetrics"]
  },
  {
    id: "overlap",
    title: "Overlap (IoU, Jaccard, Dice, panoptic quality)",
    family: "detection and segmentation",
    direction: "higher",
    ...FRACTION2,
    aliases: [
      "iou",
      "miou",
      "mean_iou",
      "jaccard",
      "jaccard_index",
      "dice",
      "dice_coefficient",
      "dsc",
      "generalized_dice",
      "giou",
      "diou",
      "ciou",
      "panoptic_quality",
      "pq",
      "sq",
      "rq",
      "boundary_iou",
      "fwiou",
      "intersection_over_union"
    ],
    sources: ["torchmetrics", "keras", "hf_evaluate"]
  },
  {
    id: "detection_ap",
    title: "Detection AP/AR (mAP50, mAP50-95, COCO AP, AR)",
    family: "detection and segmentation",
    direction: "higher",
    ...FRACTION2,
    aliases: [
      "aps",
      "apm",
      "apl",
      "ars",
      "arm",
      "arl",
      "mar",
      "box_map",
      "mask_map",
      "map_small",
      "map_medium",
      "map_large",
      "map_per_class"
    ],
    patterns: [/^m?ap_?\d+(_\d+)?$/, /^m?ar_?\d+$/],
    sources: ["torchmetrics", "coco"]
  },
  {
    id: "clustering",
    title: "Clustering agreement and separation (ARI, NMI, silhouette)",
    family: "clustering",
    direction: "higher",
    ...VALUE2,
    aliases: [
      "silhouette",
      "calinski_harabasz",
      "variance_ratio_criterion",
      "adjusted_rand",
      "rand",
      "rand_index",
      "mutual_info",
      "mutual_information",
      "adjusted_mutual_info",
      "ami",
      "normalized_mutual_info",
      "nmi",
      "homogeneity",
      "completeness",
      "v_measure",
      "fowlkes_mallows",
      "fmi",
      "dunn",
      "dunn_index",
      "purity",
      "cluster_accuracy"
    ],
    sources: ["sklearn", "torchmetrics"]
  }
];

// src/metrics/sources.ts
var SOURCES = {
  torchmetrics: {
    title: "TorchMetrics `higher_is_better`, `plot_lower_bound`, `plot_upper_bound`",
    where: "Lightning-AI/torchmetrics src/torchmetrics/**/*.py (class attributes)"
  },
  sklearn: {
    title: 'scikit-learn scorer names and signs; "_score: higher is better, _error/_loss/_deviance: lower"',
    where: 'sklearn.metrics.get_scorer_names(), scorer._sign; scikit-learn user guide 3.4 "Metrics and scoring"'
  },
  mlflow: {
    title: "MLflow builtin metrics `greater_is_better`, default evaluator metric names",
    where: "mlflow/mlflow mlflow/metrics/__init__.py, mlflow/models/evaluation/default_evaluator.py"
  },
  hf_evaluate: {
    title: 'Hugging Face `evaluate` metric cards ("a higher/lower score is better", output keys)',
    where: "huggingface/evaluate metrics/*/README.md"
  },
  keras: {
    title: "Keras metrics' `_direction` and callbacks' `mode='auto'` (`loss` is min, else the metric's direction)",
    where: "keras-team/keras keras/src/metrics/*.py, keras/src/callbacks/monitor_callback.py"
  },
  hf_trainer: {
    title: "transformers `TrainingArguments.greater_is_better` (a name ending in `loss` is lower) and speed metrics",
    where: "huggingface/transformers src/transformers/training_args.py, trainer_utils.py speed_metrics()"
  },
  xgboost: {
    title: "XGBoost early stopping: auc, aucpr, pre, map, ndcg (and @k) are maximised, every other metric minimised",
    where: "dmlc/xgboost python-package/xgboost/callback.py EarlyStopping"
  },
  lm_eval: {
    title: "lm-evaluation-harness `register_metric(higher_is_better=\u2026)`",
    where: "EleutherAI/lm-evaluation-harness lm_eval/api/metrics.py"
  },
  lightgbm: {
    title: "LightGBM `Metric::factor_to_bigger_better()` (\u22121 for losses and errors, +1 for AUC, NDCG, MAP)",
    where: "microsoft/LightGBM src/metric/*.hpp"
  },
  coco: {
    title: "COCO detection evaluation summary (AP, AP50, AP75, APs/m/l, AR1/10/100)",
    where: "cocodataset/cocoapi PythonAPI/pycocotools/cocoeval.py summarize()"
  },
  fairlearn: {
    title: "Fairlearn disparity metrics (difference: 0 is parity; ratio: 1 is parity)",
    where: "fairlearn/fairlearn fairlearn/metrics/_fairness_metrics.py"
  },
  codecarbon: {
    title: "CodeCarbon emissions output (emissions kg CO2eq, energy_consumed kWh, duration s)",
    where: "mlco2/codecarbon codecarbon/output_methods/emissions_data.py"
  },
  trackers: {
    title: "Tracker bookkeeping keys: dvclive `step`, W&B `_step`/`_runtime`/`_timestamp`, Lightning `epoch`/`lr-*`",
    where: "iterative/dvclive, wandb/wandb, Lightning-AI/pytorch-lightning LearningRateMonitor"
  },
  mlgate: {
    title: "mlgate: a unit or an everyday word that no registry above names",
    where: "src/metrics/kinds-*.ts (this repository)"
  }
};

// src/metrics/registry.ts
var KINDS = [...CLASSIFICATION_KINDS, ...SCORE_KINDS, ...RESOURCE_KINDS];
var KIND_BY_ID = new Map(KINDS.map((k) => [k.id, k]));
function index(pick) {
  const out = /* @__PURE__ */ new Map();
  for (const k of KINDS) for (const a of pick(k) ?? []) if (!out.has(a)) out.set(a, k);
  return out;
}
var ALIASES = index((k) => k.aliases);
var WHOLE_NAMES = index((k) => k.whole);
var unit = (display, kind, ...words2) => words2.map((w) => [w, kind ? { display, kind } : { display }]);
var UNITS = new Map([
  ...unit("ms", "latency", "ms", "msec", "millis", "milliseconds"),
  ...unit("\xB5s", "latency", "us", "usec", "microseconds"),
  ...unit("ns", "latency", "ns", "nanoseconds"),
  ...unit("s", "latency", "s", "sec", "secs", "seconds"),
  ...unit("min", "latency", "mins", "minutes"),
  ...unit("h", "latency", "h", "hr", "hrs", "hours"),
  ...unit("d", "latency", "days"),
  ...unit("B", "memory", "bytes"),
  ...unit("kB", "memory", "kb", "kib"),
  ...unit("MB", "memory", "mb", "mib"),
  ...unit("GB", "memory", "gb", "gib"),
  ...unit("TB", "memory", "tb", "tib"),
  ...unit("USD", "cost", "usd", "dollars"),
  ...unit("EUR", "cost", "eur", "euro", "euros"),
  ...unit("GBP", "cost", "gbp"),
  ...unit("\xA2", "cost", "cents"),
  ...unit("kWh", "energy", "kwh"),
  ...unit("Wh", "energy", "wh"),
  ...unit("MWh", "energy", "mwh"),
  ...unit("J", "energy", "joules"),
  ...unit("kJ", "energy", "kj"),
  ...unit("kg CO\u2082eq", "emissions", "kgco2", "kgco2e", "kgco2eq"),
  ...unit("g CO\u2082eq", "emissions", "gco2", "gco2e"),
  ...unit("t CO\u2082eq", "emissions", "tco2", "tco2e"),
  ...unit("kg", void 0, "kg"),
  ...unit("t", void 0, "tons", "tonnes"),
  ...unit("%", void 0, "pct", "percent", "perc")
]);

// src/metrics/resolve.ts
var SPLITS = /* @__PURE__ */ new Map([
  ["val", "val"],
  ["valid", "val"],
  ["validation", "val"],
  ["test", "test"],
  ["testing", "test"],
  ["eval", "eval"],
  ["evaluation", "eval"],
  ["train", "train"],
  ["training", "train"],
  ["holdout", "holdout"],
  ["dev", "dev"],
  ["metrics", ""]
]);
var CV_SPLITS = /* @__PURE__ */ new Set(["test", "train"]);
var NEUTRAL = /* @__PURE__ */ new Set(["score", "value", "metric", "step", "epoch"]);
var AVERAGES = /* @__PURE__ */ new Set(["macro", "micro", "weighted", "samples", "binary"]);
var FILLER = /* @__PURE__ */ new Set([...AVERAGES, ...NEUTRAL, "avg", "average"]);
var CUTS = /* @__PURE__ */ new Set(["at", "per"]);
var kindOf = (id) => KIND_BY_ID.get(id);
function words(name) {
  const bracket = /[[(]([^\])]{1,80})[\])]/.exec(name)?.[1] ?? null;
  const flat = name.replace(/[[(][^\])]*[\])]/g, "_").replace(/([a-z0-9])([A-Z][a-z])/g, "$1_$2").toLowerCase().replace(/@/g, "_at_").replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  return { tokens: flat ? flat.split("_").slice(0, 32) : [], bracket };
}
function parse(name) {
  const { tokens, bracket } = words(name);
  const out = { tokens, split: "", bracket, negated: false, prefixKind: null };
  for (; ; ) {
    const [t0, t1] = tokens;
    if (t0 === void 0 || t1 === void 0) break;
    const cv = CV_SPLITS.has(t1);
    if (SPLITS.has(t0)) out.split ||= SPLITS.get(t0);
    else if (cv && (t0 === "mean" || /^split\d+$/.test(t0))) out.split ||= t1;
    else if (cv && (t0 === "std" || t0 === "rank")) out.prefixKind = t0 === "std" ? "spread" : "rank";
    else if (t0 === "neg") out.negated = true;
    else break;
    tokens.shift();
  }
  while (tokens.length > 1 && SPLITS.get(tokens[tokens.length - 1])) {
    const split = SPLITS.get(tokens.pop());
    out.split ||= split;
  }
  return out;
}
function patternKind(text) {
  return KINDS.find((k) => k.patterns?.some((p) => p.test(text)));
}
function findHead(tokens, mustCover = -1) {
  for (let end = tokens.length; end > 0; end--) {
    for (let start = 0; start < end; start++) {
      if (mustCover >= 0 && (start > mustCover || end <= mustCover)) continue;
      const span = tokens.slice(start, end).join("_");
      const alias = ALIASES.get(span);
      if (alias) return { kind: alias, start, end, via: `word "${span}"` };
      const pattern = patternKind(span);
      if (pattern) return { kind: pattern, start, end, via: `pattern ${pattern.patterns.find((p) => p.test(span))}` };
    }
  }
  return null;
}
function measured(tokens, stripNeutral = true) {
  const c = tokens.findIndex((t, i) => i > 0 && CUTS.has(t));
  const m = c > 0 ? tokens.slice(0, c) : [...tokens];
  const after = c > 0 ? tokens[c + 1] : void 0;
  const k = after !== void 0 && /^\d+$/.test(after) ? Number(after) : null;
  let unit2 = null;
  let unitKind = null;
  while (m.length > 0 && UNITS.has(m[m.length - 1])) {
    const u = UNITS.get(m.pop());
    unit2 ??= u.display;
    unitKind ??= u.kind ?? null;
  }
  let neutral = false;
  while (stripNeutral && m.length > 1 && NEUTRAL.has(m[m.length - 1])) {
    m.pop();
    neutral = true;
  }
  return { tokens: m, cut: c > 0, k, unit: unit2, unitKind, neutral };
}
var cache = /* @__PURE__ */ new Map();
function resolveMetric(name, opts = {}) {
  const key = `${opts.bookkeeping === false ? "0" : "1"}${name}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const r = withLeft(resolveUncached(name, opts.bookkeeping !== false));
  if (cache.size > 2e4) cache.clear();
  cache.set(key, r);
  return r;
}
var RESOURCES = /* @__PURE__ */ new Set(["latency", "memory", "compute", "energy", "emissions", "cost", "parameters"]);
var LEFT_WORDS = /* @__PURE__ */ new Set([
  "saved",
  "free",
  "available",
  "remaining",
  "headroom",
  "spare",
  "left",
  "avoided",
  "life",
  "lifetime"
]);
var HARMS = /* @__PURE__ */ new Set(["failure_count", "harm_rate"]);
var AVOIDED_WORDS = /* @__PURE__ */ new Set(["avoided", "prevented"]);
function turningWord(r) {
  const words2 = r.kind && RESOURCES.has(r.kind.id) ? LEFT_WORDS : r.kind && HARMS.has(r.kind.id) ? AVOIDED_WORDS : null;
  return words2 ? parse(r.name).tokens.find((t) => words2.has(t)) : void 0;
}
function withLeft(r) {
  const word = turningWord(r);
  if (word === void 0 || r.direction === null) return { ...r, left: null };
  return { ...r, direction: r.direction === "lower" ? "higher" : "lower", left: word };
}
function kOf(kind, head, cutK) {
  if (cutK !== null) return cutK;
  const digits = kind.id === "top_k_accuracy" || kind.id === "top_k_error" ? /\d+/.exec(head)?.[0] : void 0;
  return digits !== void 0 ? Number(digits) : null;
}
function resolveUncached(name, bookkeeping) {
  const p = parse(name);
  const base = {
    name,
    split: p.split,
    bracket: p.bracket,
    // A spread or a rank of a negated score is not negated (`std_test_neg_log_loss`).
    negated: p.negated && p.prefixKind === null,
    average: p.tokens.find((t) => AVERAGES.has(t)) ?? null
  };
  const core = p.tokens.join("_");
  const early = earlyKind(name, core, p, bookkeeping);
  if (early) {
    const k = kOf(early.kind, core, null);
    return finish({ ...base, ...early, head: core, rest: "", k, unit: null, whole: p.bracket === null });
  }
  const { m, head, cutAt } = headOf(p.tokens);
  if (!head) return finish({ ...base, ...fallbackKind(m, core), k: m.k, unit: m.unit, rest: core, whole: false });
  const headText = m.tokens.slice(head.start, head.end).join("_");
  const around = [...m.tokens.slice(0, head.start), ...m.tokens.slice(head.end)];
  const average = around.find((t) => AVERAGES.has(t)) ?? null;
  const before = m.tokens.slice(0, head.start).filter((t) => !FILLER.has(t));
  const after = m.tokens.slice(head.end).filter((t) => !FILLER.has(t));
  const rest = [before.join("_"), after.join("_"), p.bracket ?? "", m.cut ? `@${p.tokens.slice(cutAt).join("_")}` : ""];
  const whole = head.start === 0 && head.end === m.tokens.length && !m.cut && !p.bracket && !m.unit;
  return finish({
    ...base,
    kind: head.kind,
    matched: head.via,
    head: headText,
    rest: rest.join("|"),
    k: kOf(head.kind, headText, m.k),
    unit: m.unit,
    average,
    whole: whole && !average
  });
}
function headOf(tokens) {
  const cutAt = tokens.findIndex((t, i) => i > 0 && CUTS.has(t));
  const across = cutAt > 0 ? findHead(tokens, cutAt) : null;
  if (across) return { m: { ...measured([]), tokens }, head: across, cutAt };
  const m = measured(tokens);
  const head = findHead(m.tokens);
  if (head) return { m, head, cutAt };
  const full = measured(tokens, false);
  const kept = findHead(full.tokens);
  return kept ? { m: full, head: kept, cutAt } : { m, head: null, cutAt };
}
function earlyKind(name, core, p, bookkeeping) {
  const allow = (k) => k !== void 0 && (bookkeeping || k.id !== "bookkeeping");
  if (bookkeeping && name.startsWith("_")) return { kind: kindOf("bookkeeping"), matched: 'a key starting with "_"' };
  if (p.prefixKind)
    return {
      kind: kindOf(p.prefixKind),
      matched: `scikit-learn cv_results_ prefix "${p.prefixKind === "spread" ? "std" : "rank"}_"`
    };
  const whole = WHOLE_NAMES.get(core);
  if (allow(whole)) return { kind: whole, matched: `name "${core}"` };
  const pattern = KINDS.find((k) => allow(k) && k.patterns?.some((re) => re.test(core)));
  if (pattern) return { kind: pattern, matched: `pattern ${pattern.patterns.find((re) => re.test(core))}` };
  return null;
}
function fallbackKind(m, core) {
  if (m.unitKind) return { kind: kindOf(m.unitKind), matched: `unit "${m.unit}"`, head: "" };
  if (m.neutral && /(^|_)score(_|$)/.test(core))
    return { kind: kindOf("score"), matched: 'the word "score"', head: "" };
  return { kind: null, matched: null, head: "" };
}
function finish(r) {
  const d = r.kind?.direction ?? null;
  const direction = r.negated && d === "lower" ? "higher" : d;
  return { ...r, direction };
}

// src/metrics/metric-rules.ts
function inRange(values) {
  return values.every((v) => v === null || v >= 0 && v <= 1);
}
function resolutionFor(name, config2) {
  return resolveMetric(name, { bookkeeping: !Object.hasOwn(config2.metrics, name) });
}
function inferDirection(name) {
  return resolveMetric(name, { bookkeeping: false }).direction ?? "higher";
}
function metricScale(name, base, head, res = resolveMetric(name), direction) {
  const values = [base, head].filter((v) => v !== null);
  if (res.kind?.scale !== "fraction" || values.length === 0) return "other";
  if (inRange(values)) return "fraction";
  if (res.kind.percent === false || values.some((v) => v < 0 || v > 100)) return "other";
  const positive = values.filter((v) => v > 0);
  const lo = Math.min(...positive), hi = Math.max(...positive);
  if (lo <= 1 && hi / lo >= 20) return "mixed";
  return direction && base !== null && head !== null && improvesAcrossOne(base, head, direction) ? "mixed" : "percent";
}
function improvesAcrossOne(base, head, direction) {
  return direction === "higher" && base > 0 && base <= 1 && head > 1;
}
function directionFor(name, config2, res) {
  const own = Object.hasOwn(config2.metrics, name) ? config2.metrics[name] : {};
  return directionOf(own, res).direction;
}
var DEFAULT_FRACTION_MAX_DROP = 0;
var DEFAULT_OTHER_MAX_CHANGE_PCT = 5;
var TOLERANCE_KEYS = ["max_drop", "max_drop_pct", "max_increase", "max_increase_pct"];
function directionOf(own, res) {
  if (own.direction) return { direction: own.direction, source: "config" };
  if (res.direction) return { direction: res.direction, source: "registry" };
  if (res.kind?.id === "bookkeeping") return { direction: "none", source: "registry" };
  return { direction: "higher", source: "assumed" };
}
function toleranceOf(merged2, higher, fraction, res) {
  const absKey = higher ? "max_drop" : "max_increase";
  const pctKey = higher ? "max_drop_pct" : "max_increase_pct";
  const abs = merged2[absKey];
  const pct = merged2[pctKey];
  if (abs !== void 0 || pct !== void 0)
    return {
      tolerance_abs: abs,
      tolerance_pct: pct,
      tolerance_key: abs !== void 0 ? absKey : pctKey,
      tolerance_source: "config"
    };
  const kind = res.kind;
  const noise = fraction && kind?.tolerance === "noise";
  const t = kind && kind.tolerance !== "noise" ? kind.tolerance.pct : DEFAULT_OTHER_MAX_CHANGE_PCT;
  return {
    ...noise ? { tolerance_abs: DEFAULT_FRACTION_MAX_DROP } : { tolerance_pct: t },
    tolerance_key: `${noise ? absKey : pctKey} (default)`,
    tolerance_source: kind ? "registry" : "default"
  };
}
function effectiveRule(name, config2, base, head) {
  const explicit = Object.hasOwn(config2.metrics, name);
  const own = explicit ? config2.metrics[name] : {};
  const res = resolutionFor(name, config2);
  const defaults2 = { ...config2.defaults };
  if (TOLERANCE_KEYS.some((k) => own[k] !== void 0)) for (const k of TOLERANCE_KEYS) delete defaults2[k];
  const merged2 = { ...defaults2, ...own };
  const { direction, source } = directionOf(own, res);
  const fraction = res.kind?.scale === "fraction" && inRange([base, head]);
  const proportion = merged2.proportion ?? (res.kind?.proportion === true && res.whole && inRange([base, head]));
  const bookkeeping = direction === "none";
  return {
    direction,
    direction_source: source,
    kind: res.kind?.id ?? null,
    unit: res.unit,
    severity: merged2.severity ?? "fail",
    min: merged2.min,
    max: merged2.max,
    ...toleranceOf(merged2, direction !== "lower", fraction, res),
    required: merged2.required ?? config2.required_metrics.includes(name),
    gate: !bookkeeping && (merged2.gate ?? true),
    fraction,
    proportion,
    scale_mismatch: metricScale(name, base, head, res, direction) === "mixed",
    ...source === "config" ? {} : possibleValues(res)
  };
}
function possibleValues(res) {
  const kind = res.kind;
  if (kind?.scale !== "fraction" || !kind.bounds) return {};
  const [lo, hi] = kind.bounds;
  const percent = kind.percent !== false;
  return {
    possible: [
      lo === null ? null : percent ? Math.min(lo, lo * 100) : lo,
      hi === null ? null : percent ? Math.max(hi, hi * 100) : hi
    ]
  };
}
function percentRule(rule, name) {
  const out = { ...rule };
  for (const k of ["min", "max"]) {
    const v = rule[k];
    if (v !== void 0 && v > 1) out[k] = v / 100;
  }
  const t = rule.tolerance_abs;
  if (t !== void 0 && t >= 1) out.tolerance_abs = t / 100;
  const notes = t !== void 0 && t > 0.01 && t < 1 && rule.tolerance_source === "config" ? [
    `${name}'s ${rule.tolerance_key} ${t} is read as a fraction (${Number((t * 100).toPrecision(3))} pp) while the report is in percent; write ${Number((t / 100).toPrecision(6))} for ${t} of a point`
  ] : [];
  return { rule: out, notes };
}
function judgedValues(name, config2, base, head) {
  const res = resolutionFor(name, config2);
  const scaleName = metricScale(name, base, head, res, directionFor(name, config2, res));
  const percent = scaleName === "percent";
  const scaled = (v) => v === null || !percent ? v : v / 100;
  const own = effectiveRule(name, config2, scaled(base), scaled(head));
  const read = percent ? percentRule(own, name) : null;
  return {
    base: scaled(base),
    head: scaled(head),
    reported: { base, head },
    scale: percent ? 0.01 : 1,
    scale_name: scaleName === "other" ? "value" : scaleName,
    rule: read ? read.rule : own,
    notes: read ? read.notes : []
  };
}

// src/schema/config.ts
var DEFAULT_REPORTS = ["mlgate.yaml", "mlgate.yml", "mlgate.json"];
var DEFAULT_PRICES = { cpu_hour: 0.05, gpu_hour: 2.5 };
function parseConfig(text, file) {
  const doc = parseYamlOrJson(text, file);
  if (doc.value === null) return resolveConfig({});
  if (typeof doc.value !== "object" || Array.isArray(doc.value)) {
    throw new InputError("expected a mapping at the top level (see docs/config.md)", { file, line: 1, column: 1 });
  }
  checkAgainstSchema("config", doc, file);
  const raw = doc.value;
  checkConfigGlobs(raw, doc.positions, file);
  for (const [name, rule] of Object.entries(raw.metrics ?? {})) {
    if (typeof rule !== "object") continue;
    const problem = METRIC_RULE_CHECKS.map((check) => check(name, rule)).find((m) => m !== null);
    if (problem === void 0) continue;
    const pos = doc.positions.get(`/metrics/${name}`);
    throw new InputError(problem, { file, field: `metrics.${name}`, line: pos?.line, column: pos?.column });
  }
  return resolveConfig(raw);
}
function directionOf2(name, rule) {
  const direction = rule.direction ?? inferDirection(name);
  return { direction, why: rule.direction ? "" : ` (${directionWhy(name, direction)}; set direction: to override)` };
}
var dropOnLowerIsBetter = (name, rule) => {
  const { direction, why } = directionOf2(name, rule);
  if (direction !== "lower" || rule.max_drop === void 0 && rule.max_drop_pct === void 0) return null;
  return `max_drop/max_drop_pct apply to higher-is-better metrics; use max_increase/max_increase_pct for a lower-is-better metric${why}`;
};
var increaseOnHigherIsBetter = (name, rule) => {
  const { direction, why } = directionOf2(name, rule);
  if (direction !== "higher" || rule.max_increase === void 0 && rule.max_increase_pct === void 0) return null;
  return `max_increase/max_increase_pct apply to lower-is-better metrics; use max_drop/max_drop_pct for a higher-is-better metric${why}`;
};
var minAboveMax = (_name, rule) => rule.min !== void 0 && rule.max !== void 0 && rule.min > rule.max ? `min (${rule.min}) is greater than max (${rule.max})` : null;
var METRIC_RULE_CHECKS = [dropOnLowerIsBetter, increaseOnHigherIsBetter, minAboveMax];
function directionWhy(name, direction) {
  const r = resolveMetric(name, { bookkeeping: false });
  return r.kind ? `${name} is ${direction}-is-better by its name (${r.kind.title})` : `mlgate does not know ${name} and assumes ${direction}-is-better`;
}
function splitMetrics(raw) {
  const all = raw ?? {};
  const policy = all.unknown;
  const metrics = {};
  for (const [k, v] of Object.entries(all)) if (typeof v === "object") metrics[k] = v;
  return { metrics, unknown_metrics: typeof policy === "string" ? policy : "warn" };
}
var DEFAULT_MAX_BEHIND = 20;
function baselinePolicy(raw) {
  return {
    when_missing: raw?.when_missing ?? "pass",
    when_removed: raw?.when_removed ?? "fail",
    when_eval_changed: raw?.when_eval_changed ?? "fail",
    max_behind: raw?.max_behind ?? DEFAULT_MAX_BEHIND,
    when_stale: raw?.when_stale ?? "warn"
  };
}
function resolveConfig(raw) {
  const reports = raw.reports === void 0 ? DEFAULT_REPORTS : Array.isArray(raw.reports) ? raw.reports : [raw.reports];
  const defaults2 = { severity: "fail", ...raw.defaults ?? {} };
  return {
    version: 1,
    reports,
    baseline: baselinePolicy(raw.baseline),
    defaults: defaults2,
    ...splitMetrics(raw.metrics),
    required_metrics: raw.required_metrics ?? [],
    metrics_map: raw.metrics_map ?? {},
    significance: significanceConfig(raw.significance),
    cost: costConfig(raw.cost),
    data: { when_changed: raw.data?.when_changed ?? "warn" },
    learning_curve: learningCurveConfig(raw.learning_curve),
    checklist: checklistConfig(raw.checklist),
    models: raw.models ?? {}
  };
}
function significanceConfig(raw) {
  return {
    require_significance: raw?.require_significance ?? true,
    alpha: raw?.alpha ?? 0.05,
    power: raw?.power ?? 0.8,
    bootstrap_iterations: raw?.bootstrap_iterations ?? 2e3,
    seed: raw?.seed ?? 1
  };
}
function costConfig(raw) {
  return {
    currency: raw?.currency ?? "USD",
    prices: { ...DEFAULT_PRICES, ...raw?.prices ?? {} },
    value_per_point: raw?.value_per_point,
    headline_metric: raw?.headline_metric,
    max_cost_increase_pct: raw?.max_cost_increase_pct,
    max_cost_per_point: raw?.max_cost_per_point,
    max_inference_increase_pct: raw?.max_inference_increase_pct,
    severity: raw?.severity ?? "warn"
  };
}
function learningCurveConfig(raw) {
  return {
    min_points: raw?.min_points ?? 4,
    gain_per_doubling: raw?.gain_per_doubling,
    max_oversize: raw?.max_oversize,
    severity: raw?.severity ?? "warn"
  };
}
var MODEL_CARD_SECTIONS = [
  "Intended use",
  "Training data",
  "Evaluation|Quantitative analyses",
  "Limitations|Ethical considerations|Caveats",
  "Owners|Ownership|Maintainers|Contact",
  "How to reproduce|Reproduce|Reproducibility|Reproduction|Reproducing"
];
function merged(defaults2, raw) {
  const out = { ...defaults2 };
  for (const [k, v] of Object.entries(raw ?? {})) if (v !== void 0) out[k] = v;
  return out;
}
var checklistDefaults = () => ({
  items: {},
  custom: [],
  model_paths: [],
  documentation: { required_sections: [...MODEL_CARD_SECTIONS], min_words: 5 },
  independent_review: { approvals: 1, reviewers: [], team: void 0 },
  waivers: { allow_author: false, team: void 0 },
  expiry_warning_days: 30,
  expiry_grace_days: 30,
  expired_untouched: "warn",
  monitoring: { severity: "warn" },
  fairness: { max_gap: 10, max_gap_increase: 5 },
  operating_point: { min_precision: void 0, min_recall: void 0 }
});
function checklistConfig(raw) {
  const d = checklistDefaults();
  return {
    ...merged(d, raw),
    documentation: merged(d.documentation, raw?.documentation),
    independent_review: merged(d.independent_review, raw?.independent_review),
    waivers: merged(d.waivers, raw?.waivers),
    monitoring: merged(d.monitoring, raw?.monitoring),
    fairness: merged(d.fairness, raw?.fairness),
    operating_point: merged(d.operating_point, raw?.operating_point)
  };
}

// src/kernel/format.ts
var MINUS = "\u2212";
function groupDigits(digits) {
  let out = digits.slice(0, (digits.length - 1) % 3 + 1);
  for (let i = out.length; i < digits.length; i += 3) out += "," + digits.slice(i, i + 3);
  return out;
}
function formatGrouped(abs, minFrac = 0, maxFrac = 0) {
  if (!(abs < 1e21))
    return abs.toLocaleString("en-US", { minimumFractionDigits: minFrac, maximumFractionDigits: maxFrac });
  const [int, frac = ""] = (abs < 1e-6 ? "0" : String(abs)).split(".");
  let digits = int + frac.slice(0, maxFrac).padEnd(maxFrac, "0");
  if ((frac[maxFrac] ?? "0") >= "5") digits = (BigInt(digits) + 1n).toString().padStart(digits.length, "0");
  const whole = digits.slice(0, digits.length - maxFrac) || "0";
  let kept = digits.slice(digits.length - maxFrac);
  while (kept.length > minFrac && kept.endsWith("0")) kept = kept.slice(0, -1);
  return kept ? `${groupDigits(whole)}.${kept}` : groupDigits(whole);
}
function formatCount(n) {
  return (n < 0 ? "-" : "") + formatGrouped(Math.abs(n), 0, 3);
}
function trimZeros(s) {
  return s.includes(".") && !s.includes("e") ? s.replace(/\.?0+$/, "") : s;
}
function formatNumber(n, digits = 4) {
  if (!Number.isFinite(n)) return String(n);
  if (n === 0) return "0";
  const abs = Math.abs(n);
  const sign = n < 0 ? MINUS : "";
  if (abs >= 1e15 || abs < 1e-6) return sign + abs.toExponential(2);
  if (abs >= 10 ** digits) return sign + formatGrouped(Math.round(abs));
  const s = trimZeros(abs.toPrecision(digits));
  return sign + s;
}
function formatSigned(n, digits = 3) {
  if (n === 0) return "\xB10";
  return (n > 0 ? "+" : "") + formatNumber(n, digits);
}
function formatPercent(fraction, decimals = 1) {
  const s = (fraction * 100).toFixed(decimals);
  return (s.startsWith("-") ? MINUS + s.slice(1) : s) + "%";
}
function formatPp(delta, decimals = 2) {
  const v = delta * 100;
  const rounded = Number(v.toFixed(decimals));
  if (rounded === 0) return "\xB10 pp";
  return `${rounded > 0 ? "+" : MINUS}${Math.abs(rounded).toFixed(decimals)} pp`;
}
function formatPct(pct) {
  const rounded = Math.abs(pct) >= 10 ? Math.round(pct) : Math.abs(pct) >= 0.05 ? Number(pct.toFixed(1)) : Number(pct.toPrecision(1));
  if (rounded === 0) return "\xB10%";
  const sign = rounded > 0 ? "+" : MINUS;
  if (Math.abs(rounded) > PCT_CAP || !Number.isFinite(rounded)) return `${rounded > 0 ? ">" : "<"} ${sign}999,999%`;
  const abs = Math.abs(rounded);
  return `${sign}${abs < 1e3 ? String(abs) : formatGrouped(abs)}%`;
}
var PCT_CAP = 999999;
function formatSize(n) {
  const abs = Math.abs(n);
  const fmt = (v, unit2) => `${trimZeros(v.toPrecision(3))}${unit2}`;
  if (abs >= 1e9) return fmt(n / 1e9, "B");
  if (abs >= 1e6) return fmt(n / 1e6, "M");
  if (abs >= 1e3) return fmt(n / 1e3, "k");
  return String(Math.round(n));
}
function formatMoney(amount, currency) {
  const symbol = { USD: "$", EUR: "\u20AC", GBP: "\xA3" };
  const abs = Math.abs(amount);
  const digits = abs >= 100 ? 0 : abs >= 1 ? 2 : abs >= 0.01 ? 3 : 4;
  const body = formatGrouped(abs, Math.min(digits, 2), digits);
  const sign = amount < 0 ? MINUS : "";
  return symbol[currency] ? `${sign}${symbol[currency]}${body}` : `${sign}${body} ${currency}`;
}
function formatValue(value, fraction) {
  return fraction ? formatPercent(value, Math.abs(value) < 0.1 && value !== 0 ? 2 : 1) : formatNumber(value);
}
function formatDelta(delta, fraction) {
  return fraction ? formatPp(delta) : formatSigned(delta);
}

export {
  formatCount,
  formatNumber,
  formatPercent,
  formatPct,
  formatSize,
  formatMoney,
  formatValue,
  formatDelta,
  parseIsoDay,
  utcDay,
  expiryOf,
  parseCadence,
  addCadence,
  isoDay,
  SOURCES,
  resolveMetric,
  underflowsToZero,
  UNDERFLOW_MESSAGE,
  pointerToField,
  pointerOf,
  parseYamlOrJson,
  checkAgainstSchema,
  globMatcher,
  isGlob,
  matchesAny,
  globBase,
  globProblem,
  splitSpec,
  resolutionFor,
  metricScale,
  DEFAULT_OTHER_MAX_CHANGE_PCT,
  effectiveRule,
  judgedValues,
  DEFAULT_REPORTS,
  parseConfig,
  resolveConfig
};
