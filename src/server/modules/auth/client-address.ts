import { isIPv4, isIPv6 } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import type { AppEnv } from "../../app-env.js";

/**
 * The address log-in limits count a caller under. An IPv6 subscriber is usually given a whole
 * /64 and can pick any address in it, so a /64 counts as one address; an IPv4-mapped IPv6
 * address counts as its IPv4 address.
 */
export function limitedAddress(address: string): string {
  const ip = address.replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (!isIPv6(ip)) return address;
  const [head = "", tail] = ip.split("::");
  const front = head ? head.split(":") : [];
  const back = tail ? tail.split(":") : [];
  // An embedded IPv4 address at the end (::ffff:… or 64:ff9b::…) takes two groups.
  const backGroups = back.length + (back.at(-1)?.includes(".") ? 1 : 0);
  const groups =
    tail === undefined ? front : [...front, ...Array(8 - front.length - backGroups).fill("0"), ...back];
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}

/**
 * The caller's address, for log-in limits. Behind a proxy (TRUST_PROXY) it is the last address
 * in X-Forwarded-For, the one the proxy added: earlier ones are whatever the caller sent.
 */
export function clientAddress(c: Context<AppEnv>): string {
  if (c.get("deps").config.trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",").at(-1)?.trim();
    if (forwarded) return limitedAddress(forwarded);
  }
  try {
    return limitedAddress(getConnInfo(c).remote.address ?? "unknown");
  } catch {
    // In-process requests (tests) have no socket.
    return "local";
  }
}
