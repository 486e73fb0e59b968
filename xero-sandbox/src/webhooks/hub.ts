import { randomUUID } from "node:crypto";
import { webhookDate } from "../accounting/xero-date.js";
import type { Clock } from "../clock.js";
import { postWebhook } from "./delivery.js";
import { entropy } from "./signature.js";

/**
 * Webhook subscriptions and deliveries. Changes to contacts and invoices queue Xero-shaped
 * events; they are delivered in batches, signed, and retried on the sandbox clock when the
 * receiver does not answer 200. Automatic delivery runs shortly after a change (real time,
 * `autoDeliveryDelayMs`); tests call `flush()` to deliver now and wait for the outcome.
 */
export type EventCategory = "CONTACT" | "INVOICE";
export type EventType = "CREATE" | "UPDATE";

export interface WebhookEvent {
  resourceUrl: string;
  resourceId: string;
  eventDateUtc: string;
  eventType: EventType;
  eventCategory: EventCategory;
  tenantId: string;
  tenantType: "ORGANISATION";
}

export interface WebhookPayload {
  events: WebhookEvent[];
  firstEventSequence: number;
  lastEventSequence: number;
  entropy: string;
}

export interface SubscriptionInput {
  url: string;
  key: string;
  tenantIds?: string[];
  categories?: EventCategory[];
}

export interface Subscription {
  id: string;
  url: string;
  key: string;
  tenantIds?: string[];
  categories: EventCategory[];
  status: "ACTIVE" | "DISABLED";
  intentToReceive?: "OK" | "FAILED";
  nextSequence: number;
}

interface Delivery {
  id: string;
  subscriptionId: string;
  payload: WebhookPayload;
  attempts: number;
  nextAttemptAt: number;
  firstAttemptAt?: number;
  running: boolean;
}

export interface AttemptRecord {
  deliveryId: string;
  subscriptionId: string;
  time: string;
  attempt: number;
  eventCount: number;
  status?: number;
  error?: string;
  ok: boolean;
}

export interface FlushResult {
  attempted: number;
  delivered: number;
  failed: number;
  pending: number;
}

export interface IntentToReceiveResult {
  ok: boolean;
  correctSignatureStatus?: number;
  wrongSignatureStatus?: number;
  error?: string;
}

/** Sandbox-clock delays before each retry; after 24 hours of failures the subscription is disabled. */
const RETRY_DELAYS_MS = [
  60_000,
  5 * 60_000,
  15 * 60_000,
  30 * 60_000,
  60 * 60_000,
  2 * 60 * 60_000,
  4 * 60 * 60_000,
];
const GIVE_UP_AFTER_MS = 24 * 60 * 60_000;
const MAX_EVENTS_PER_DELIVERY = 100;

export class WebhookHub {
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly buffered = new Map<string, WebhookEvent[]>();
  private readonly deliveries: Delivery[] = [];
  private readonly attemptsLog: AttemptRecord[] = [];
  private readonly running = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private readonly retryTimers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly clock: Clock,
    private readonly resourceBaseUrl: () => string,
    /** Negative: never deliver on its own, only on `flush()`. */
    private readonly autoDeliveryDelayMs: number,
  ) {}

  subscribe(input: SubscriptionInput): Subscription {
    const subscription: Subscription = {
      id: randomUUID(),
      url: input.url,
      key: input.key,
      tenantIds: input.tenantIds,
      categories: input.categories ?? ["CONTACT", "INVOICE"],
      status: "ACTIVE",
      nextSequence: 1,
    };
    this.subscriptions.set(subscription.id, subscription);
    return { ...subscription };
  }

  unsubscribe(id?: string): number {
    const ids = id ? [id] : [...this.subscriptions.keys()];
    let removed = 0;
    for (const subscriptionId of ids) {
      if (this.subscriptions.delete(subscriptionId)) removed++;
      this.buffered.delete(subscriptionId);
      this.dropDeliveries(subscriptionId);
    }
    return removed;
  }

  list(): Subscription[] {
    return [...this.subscriptions.values()].map((s) => ({ ...s }));
  }

  attempts(): AttemptRecord[] {
    return [...this.attemptsLog];
  }

  pendingCount(): number {
    let count = this.deliveries.length;
    for (const events of this.buffered.values()) if (events.length > 0) count++;
    return count;
  }

  /** Queues an event for every subscription interested in it. */
  emit(tenantId: string, category: EventCategory, type: EventType, resourceId: string): void {
    const collection = category === "CONTACT" ? "Contacts" : "Invoices";
    for (const subscription of this.subscriptions.values()) {
      if (subscription.status !== "ACTIVE" || !subscription.categories.includes(category)) continue;
      if (subscription.tenantIds && !subscription.tenantIds.includes(tenantId)) continue;
      const events = this.buffered.get(subscription.id) ?? [];
      events.push({
        resourceUrl: `${this.resourceBaseUrl()}/api.xro/2.0/${collection}/${resourceId}`,
        resourceId,
        eventDateUtc: webhookDate(this.clock.now()),
        eventType: type,
        eventCategory: category,
        tenantId,
        tenantType: "ORGANISATION",
      });
      this.buffered.set(subscription.id, events);
    }
    this.scheduleAuto();
  }

  /** Delivers everything buffered and every retry that is due by the sandbox clock, and waits. */
  async flush(): Promise<FlushResult> {
    const before = this.attemptsLog.length;
    this.batchBuffered();
    this.startDueAttempts();
    while (this.running.size > 0) await Promise.all([...this.running]);
    const made = this.attemptsLog.slice(before);
    return {
      attempted: made.length,
      delivered: made.filter((a) => a.ok).length,
      failed: made.filter((a) => !a.ok).length,
      pending: this.pendingCount(),
    };
  }

  /** Called when the sandbox clock moves, so due retries go out without a flush. */
  clockAdvanced(): void {
    if (this.autoDeliveryDelayMs >= 0 && this.deliveries.length > 0) this.scheduleAuto();
  }

  /** Xero's "intent to receive" check: a correctly and a wrongly signed empty batch. */
  async intentToReceive(id: string): Promise<IntentToReceiveResult | undefined> {
    const subscription = this.subscriptions.get(id);
    if (!subscription) return undefined;
    const payload = (): WebhookPayload => ({
      events: [],
      firstEventSequence: subscription.nextSequence,
      lastEventSequence: subscription.nextSequence,
      entropy: entropy(),
    });
    const good = await postWebhook(subscription.url, payload(), subscription.key);
    const bad = await postWebhook(subscription.url, payload(), `${subscription.key}-wrong`);
    const ok = good.status === 200 && bad.status === 401;
    subscription.intentToReceive = ok ? "OK" : "FAILED";
    return {
      ok,
      correctSignatureStatus: good.status,
      wrongSignatureStatus: bad.status,
      error: good.error ?? bad.error,
    };
  }

  /** Waits for deliveries in progress and stops the automatic timer. */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    for (const retry of this.retryTimers) clearTimeout(retry);
    this.retryTimers.clear();
    this.timer = undefined;
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  clear(): void {
    this.unsubscribe();
    this.attemptsLog.length = 0;
  }

  private scheduleAuto(): void {
    if (this.autoDeliveryDelayMs < 0 || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.batchBuffered();
      this.startDueAttempts();
    }, this.autoDeliveryDelayMs);
    this.timer.unref();
  }

  private batchBuffered(): void {
    for (const [subscriptionId, events] of this.buffered) {
      const subscription = this.subscriptions.get(subscriptionId);
      this.buffered.delete(subscriptionId);
      if (!subscription) continue;
      for (let i = 0; i < events.length; i += MAX_EVENTS_PER_DELIVERY) {
        const chunk = events.slice(i, i + MAX_EVENTS_PER_DELIVERY);
        const first = subscription.nextSequence;
        subscription.nextSequence += chunk.length;
        this.deliveries.push({
          id: randomUUID(),
          subscriptionId,
          payload: {
            events: chunk,
            firstEventSequence: first,
            lastEventSequence: first + chunk.length - 1,
            entropy: entropy(),
          },
          attempts: 0,
          nextAttemptAt: this.clock.now(),
          running: false,
        });
      }
    }
  }

  private startDueAttempts(): void {
    const now = this.clock.now();
    for (const delivery of this.deliveries) {
      if (delivery.running || delivery.nextAttemptAt > now) continue;
      const subscription = this.subscriptions.get(delivery.subscriptionId);
      if (!subscription) continue;
      delivery.running = true;
      const attempt = this.attempt(subscription, delivery).finally(() => {
        delivery.running = false;
        this.running.delete(attempt);
      });
      this.running.add(attempt);
    }
  }

  private async attempt(subscription: Subscription, delivery: Delivery): Promise<void> {
    const startedAt = this.clock.now();
    delivery.firstAttemptAt ??= startedAt;
    delivery.attempts++;
    const result = await postWebhook(subscription.url, delivery.payload, subscription.key);
    const ok = result.status === 200;
    this.attemptsLog.push({
      deliveryId: delivery.id,
      subscriptionId: subscription.id,
      time: new Date(startedAt).toISOString(),
      attempt: delivery.attempts,
      eventCount: delivery.payload.events.length,
      status: result.status,
      error: result.error,
      ok,
    });
    if (ok) {
      this.removeDelivery(delivery);
      return;
    }
    const now = this.clock.now();
    if (now - delivery.firstAttemptAt >= GIVE_UP_AFTER_MS) {
      subscription.status = "DISABLED";
      this.dropDeliveries(subscription.id);
      return;
    }
    const delay = RETRY_DELAYS_MS[Math.min(delivery.attempts - 1, RETRY_DELAYS_MS.length - 1)] ?? 60_000;
    delivery.nextAttemptAt = now + delay;
    if (this.autoDeliveryDelayMs >= 0) {
      // With a ticking clock the retry falls due as real time passes.
      const retry = setTimeout(() => {
        this.retryTimers.delete(retry);
        this.startDueAttempts();
      }, delay);
      retry.unref();
      this.retryTimers.add(retry);
    }
  }

  private removeDelivery(delivery: Delivery): void {
    const index = this.deliveries.indexOf(delivery);
    if (index >= 0) this.deliveries.splice(index, 1);
  }

  private dropDeliveries(subscriptionId: string): void {
    for (let i = this.deliveries.length - 1; i >= 0; i--) {
      if (this.deliveries[i]?.subscriptionId === subscriptionId) this.deliveries.splice(i, 1);
    }
  }
}
