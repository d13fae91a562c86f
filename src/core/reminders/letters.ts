import type { AdminNotice, ClusterNotice, Lead, Letter } from "./notices";

const ADDRESS = /^[^\s@<>,;"']+@[^\s@<>,;"']+\.[^\s@<>,;"']+$/u;

/**
 * One letter per address, merging everything that address is told: each cluster it heads that
 * owes something, and the admins' notice when it is an admin. An address that is not a
 * well-formed e-mail is left out (MailApp would refuse it) and returned apart.
 */
export function mergeLetters(
  notices: readonly ClusterNotice[],
  admins: readonly string[],
  admin: AdminNotice | null,
  adminLeads: readonly Lead[],
): { letters: Letter[]; invalid: string[] } {
  const letters = new Map<string, { clusters: ClusterNotice[]; admin: AdminNotice | null; leads: Lead[] }>();
  const invalid = new Set<string>();
  const letterOf = (address: string) => {
    if (!ADDRESS.test(address)) {
      invalid.add(address);
      return null;
    }
    let letter = letters.get(address);
    if (!letter) {
      letter = { clusters: [], admin: null, leads: [] };
      letters.set(address, letter);
    }
    return letter;
  };
  for (const notice of notices) {
    for (const address of new Set(notice.cluster.headEmails)) {
      const letter = letterOf(address);
      if (!letter) continue;
      letter.clusters.push(notice);
      for (const lead of [notice.registration, notice.scoring]) {
        if (lead) letter.leads.push({ deadline: lead.deadline, daysLeft: lead.daysLeft });
      }
    }
  }
  if (admin) {
    for (const address of new Set(admins)) {
      const letter = letterOf(address);
      if (!letter) continue;
      letter.admin = admin;
      letter.leads.push(...adminLeads);
    }
  }
  const out = [...letters]
    .filter(([, l]) => l.leads.length > 0)
    .map(([to, l]) => ({
      to,
      clusters: l.clusters,
      admin: l.admin,
      nearest: l.leads.reduce((a, b) => (b.daysLeft < a.daysLeft ? b : a)),
    }));
  return { letters: out, invalid: [...invalid] };
}
