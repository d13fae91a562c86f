// google.script.run and google.script.host inside a sidebar or dialog of the preview.
// The frame is sandboxed (no same origin): calls go to the parent page by postMessage,
// which forwards them to the Apps Script sandbox. Only primitives and plain objects and
// arrays may cross, as in Apps Script: anything else throws before the call is sent.
(() => {
  const FUNCTIONS = /*FUNCTIONS*/ [];
  const pending = new Map();
  let nextCall = 1;

  function illegalPath(value, path, seen) {
    if (value === null || value === undefined) return null;
    const type = typeof value;
    if (type === "string" || type === "number" || type === "boolean") return null;
    if (type !== "object" || seen.has(value)) return path;
    seen.add(value);
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : plainEntries(value);
    if (!entries) return path;
    for (const [key, child] of entries) {
      const bad = illegalPath(child, path === "" ? key : `${path}.${key}`, seen);
      if (bad !== null) return bad;
    }
    seen.delete(value);
    return null;
  }

  function plainEntries(obj) {
    const proto = Object.getPrototypeOf(obj);
    const plain =
      proto === null ||
      (Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(obj) === "[object Object]");
    return plain ? Object.entries(obj) : null;
  }

  /** A form passed as the only argument becomes an object of its named fields, as in Apps Script. */
  function formObject(form) {
    const out = {};
    for (const [name, value] of new FormData(form)) if (typeof value === "string") out[name] = value;
    return out;
  }

  function runner(success, failure, userObject) {
    const run = {
      withSuccessHandler: (fn) => runner(fn, failure, userObject),
      withFailureHandler: (fn) => runner(success, fn, userObject),
      withUserObject: (obj) => runner(success, failure, obj),
    };
    for (const name of FUNCTIONS) {
      run[name] = (...args) => {
        const sent = args.map((a) => (a instanceof HTMLFormElement ? formObject(a) : a));
        for (let i = 0; i < sent.length; i++) {
          const bad = illegalPath(sent[i], String(i), new Set());
          if (bad !== null) throw new Error(`Failed due to illegal value in property: ${bad}`);
        }
        const id = nextCall++;
        pending.set(id, { success, failure, userObject });
        parent.postMessage({ gas: "run", id, name, args: sent }, "*");
      };
    }
    return run;
  }

  window.addEventListener("message", (event) => {
    const data = event.data;
    if (event.source !== parent || !data || data.gas !== "result") return;
    const call = pending.get(data.id);
    if (!call) return;
    pending.delete(data.id);
    if (data.ok) {
      if (call.success) call.success(data.value, call.userObject);
    } else {
      const error = new Error(data.error.message);
      error.name = data.error.name;
      if (call.failure) call.failure(error, call.userObject);
      else console.error(error);
    }
  });

  const post = (message) => parent.postMessage(message, "*");
  window.google = {
    script: {
      run: runner(null, null, undefined),
      host: {
        origin: "",
        close: () => post({ gas: "close" }),
        setHeight: (height) => post({ gas: "size", height }),
        setWidth: (width) => post({ gas: "size", width }),
        editor: { focus: () => post({ gas: "focus" }) },
      },
    },
  };
})();
