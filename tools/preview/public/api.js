// The preview server's API: reads are GET, the user's actions are POST with JSON.

export async function getJson(path) {
  const res = await fetch(path, { cache: "no-store" });
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return res.json();
}

export async function postJson(path, body) {
  const res = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const data = await res.json().catch(() => ({ error: `Lỗi ${res.status}` }));
  if (!res.ok) throw new Error(data.error ?? `Lỗi ${res.status}`);
  return data;
}

/** Runs one action while the page shows it is busy (tests wait for `body:not([data-busy])`). */
export async function busy(fn) {
  const count = Number(document.body.dataset.busy ?? 0) + 1;
  document.body.dataset.busy = String(count);
  try {
    return await fn();
  } finally {
    const left = Number(document.body.dataset.busy) - 1;
    if (left > 0) document.body.dataset.busy = String(left);
    else delete document.body.dataset.busy;
  }
}
