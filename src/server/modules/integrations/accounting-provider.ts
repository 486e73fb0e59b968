/** Hands out a valid access token for a grant, and a fresh one after the provider rejected the last. */
export interface AccessTokens {
  get(): Promise<string>;
  refreshAfterRejection(rejected: string): Promise<string>;
  /** The provider rejected even a freshly refreshed token: the grant is dead. */
  rejectedAgain(): Promise<void>;
}

/** The accounting systems Kontor integrates with. A new one is a folder and a line in registry.ts. */
export const PROVIDERS = ["xero"] as const;
export type ProviderId = (typeof PROVIDERS)[number];

export interface TokenSet {
  accessToken: string;
  refreshToken: string;
  accessExpiresAt: Date;
  scopes: string;
}

/** Who authorised Kontor at the accounting system, and which sign-in event that was. */
export interface AuthorizingUser {
  externalUserId: string | null;
  email: string | null;
  authEventId: string | null;
}

/** An organisation the grant reaches (Xero: a connection to a tenant). */
export interface RemoteOrganisation {
  externalId: string;
  connectionId: string | null;
  name: string;
  kind: string;
  connectedAt: Date | null;
  /** Picked by the user in the authorisation that just finished (Xero: same authEventId). */
  pickedNow: boolean;
}

export interface RemoteAddress {
  line1: string | null;
  line2: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  country: string | null;
}

/** A customer (Xero: contact) as Kontor reads it, in Kontor's words. */
export interface RemoteCustomer {
  externalId: string;
  name: string;
  isCustomer: boolean;
  isSupplier: boolean;
  shortMark: string | null;
  registryCode: string | null;
  vatNumber: string | null;
  email: string | null;
  phone: string | null;
  address: RemoteAddress;
  currency: string | null;
  /** The contact's own person: only the primary person is imported. */
  person: {
    firstName: string | null;
    lastName: string | null;
    email: string | null;
    phone: string | null;
  } | null;
  updatedAt: Date | null;
}

/** A tax rate; `rate` is a percentage as a decimal string, e.g. "20.0000". */
export interface RemoteTaxRate {
  externalId: string;
  name: string;
  rate: string;
  active: boolean;
  /** Can be used on sales: only these become Kontor's VAT rates. */
  forSales: boolean;
}

export interface RemoteRevenueAccount {
  externalId: string;
  code: string;
  name: string;
  active: boolean;
}

/** A product sold (Xero: item with IsSold); `unitPrice` a decimal string. */
export interface RemoteProduct {
  externalId: string;
  code: string;
  name: string;
  description: string | null;
  unitPrice: string | null;
  accountCode: string | null;
  taxType: string | null;
}

export interface RemoteCurrency {
  code: string;
  description: string;
}

/** A record the accounting system sent that Kontor cannot take, and why, in words for the user. */
export interface RefusedRecord {
  /** Its id there, when it had a readable one. */
  externalId: string | null;
  name: string | null;
  reason: string;
}

/** What a read brings: the records Kontor can take, and those it refused (the rest still come). */
export interface RemoteList<T> {
  items: T[];
  refused: RefusedRecord[];
}

/** Reports how far a long read got: items fetched so far of the total (when known). */
export type Progress = (done: number, total: number) => Promise<void> | void;

/**
 * What every accounting integration implements. Kontor's connection logic (states, sealed
 * tokens, the refresh lock, organisations) lives outside and calls these for the protocol.
 */
export interface AccountingProvider {
  readonly id: ProviderId;
  /** Shown to users, e.g. "Xero" or "Demo Xero (sandbox)". */
  readonly label: string;
  readonly sandbox: boolean;
  authorizationUrl(input: { state: string; codeChallenge: string }): Promise<string>;
  /** Exchanges the callback's code (PKCE verifier) for a token set; validates the ID token. */
  exchangeCode(
    callback: URLSearchParams,
    codeVerifier: string,
  ): Promise<{ tokens: TokenSet; user: AuthorizingUser }>;
  /** Rotates the token set. Throws IntegrationError "needs_reauth" when the grant is dead. */
  refresh(refreshToken: string): Promise<TokenSet>;
  /** Revokes the grant at the provider (and with it every organisation's connection). */
  revoke(refreshToken: string): Promise<void>;
  listOrganisations(tokens: AccessTokens, authEventId?: string | null): Promise<RemoteOrganisation[]>;
  /**
   * Every customer that is not archived, read in as few calls as the provider allows, each once.
   * An answer that is not the list fails the read; a record that cannot be read is refused.
   */
  listCustomers(
    tokens: AccessTokens,
    organisationId: string,
    progress?: Progress,
  ): Promise<RemoteList<RemoteCustomer>>;
  listTaxRates(tokens: AccessTokens, organisationId: string): Promise<RemoteList<RemoteTaxRate>>;
  listRevenueAccounts(
    tokens: AccessTokens,
    organisationId: string,
  ): Promise<RemoteList<RemoteRevenueAccount>>;
  listProducts(tokens: AccessTokens, organisationId: string): Promise<RemoteList<RemoteProduct>>;
  listCurrencies(tokens: AccessTokens, organisationId: string): Promise<RemoteList<RemoteCurrency>>;
}
