import { Anchor, Badge, Button, Group, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import type { ClientDetail } from "../../../../shared/api/clients.js";
import type { CreateInvoiceBody, Invoice } from "../../../../shared/api/invoices.js";
import { EmptyState } from "../../../components/EmptyState.js";
import { ArrowLeftIcon, ReceiptIcon } from "../../../components/icons.js";
import { PageHeader } from "../../../components/PageHeader.js";
import { ErrorState, LoadingState } from "../../../components/QueryStates.js";
import { ApiError } from "../../../lib/api.js";
import { useCurrentUser } from "../../auth/current-user.js";
import { useClient } from "../../clients/clients-api.js";
import { InProgressActions } from "./InvoiceActions.js";
import { InvoiceForm } from "./InvoiceForm.js";
import { IssuedInvoice } from "./IssuedInvoice.js";
import { draftOf, emptyLine, type InvoiceDraft } from "./invoice-draft.js";
import { formatAmount, statusOf } from "./invoice-format.js";
import { useCreateInvoice, useInvoice, useUpdateInvoice } from "./invoices-api.js";
import { type EditorLists, useEditorLists } from "./use-editor-lists.js";

function BackToInvoices() {
  return (
    <Anchor component={Link} to="/billing/invoices" size="sm" mb="xs" display="inline-block">
      <Group gap={4} wrap="nowrap">
        <ArrowLeftIcon size={14} />
        All invoices
      </Group>
    </Anchor>
  );
}

/** Waits for the editor's lists (products, VAT rates…), then shows the page. */
function WithLists({ children }: { children: (lists: EditorLists) => ReactNode }) {
  const lists = useEditorLists();
  if (lists.ready) return <>{children(lists)}</>;
  if (lists.error) return <ErrorState error={lists.error} onRetry={lists.retry} />;
  return <LoadingState label="Opening the invoice editor…" />;
}

function newDraft(lists: EditorLists, clientId: string | null): InvoiceDraft {
  return {
    clientId,
    date: "",
    dueDate: "",
    currency: lists.settings.baseCurrency,
    reference: "",
    amountsAre: lists.settings.amountsAre,
    lines: [emptyLine(lists.settings.defaultVatRateId)],
  };
}

/** New invoice (also from a client's page: `?clientId=`): saved In progress, then opened at its address. */
export function NewInvoicePage() {
  const [search] = useSearchParams();
  const clientId = search.get("clientId");
  return (
    <>
      <BackToInvoices />
      <PageHeader
        title="New invoice"
        description="Choose the client and add lines; the totals are worked out as you type. Saved, it stays In progress until it is issued."
      />
      <WithLists>
        {(lists) =>
          clientId ? <NewInvoiceFor clientId={clientId} lists={lists} /> : <NewInvoice lists={lists} />
        }
      </WithLists>
    </>
  );
}

/** From a client's page: the client and its currency chosen already. */
function NewInvoiceFor({ clientId, lists }: { clientId: string; lists: EditorLists }) {
  const client = useClient(clientId);
  if (client.isPending) return <LoadingState label="Loading the client…" />;
  if (client.isError) return <NewInvoice lists={lists} />;
  return <NewInvoice lists={lists} client={client.data} />;
}

function NewInvoice({ lists, client }: { lists: EditorLists; client?: ClientDetail }) {
  const navigate = useNavigate();
  const create = useCreateInvoice();
  const initial = newDraft(lists, client?.id ?? null);
  if (client?.currency) initial.currency = client.currency;
  return (
    <InvoiceForm
      initial={initial}
      invoice={null}
      initialClient={client}
      lists={lists}
      onSave={async (body) => {
        const invoice = await create.mutateAsync(body as CreateInvoiceBody);
        navigate(`/billing/invoices/${invoice.id}`, { replace: true });
        return invoice;
      }}
    />
  );
}

function title(invoice: Invoice): string {
  if (invoice.kind === "credit_note") return `Credit note ${invoice.number}`;
  return invoice.number ? `Invoice ${invoice.number}` : "Invoice in progress";
}

function InvoiceHeader({ invoice }: { invoice: Invoice }) {
  const status = statusOf({ status: invoice.status, overdue: false });
  return (
    <PageHeader
      title={title(invoice)}
      description={
        <Group gap="xs" component="span">
          <Badge color={status.color} variant="light" tt="none" component="span">
            {status.label}
          </Badge>
          <span>
            {invoice.client.name} · {formatAmount(invoice.total)} {invoice.currency}
          </span>
          {invoice.creditedInvoiceId && (
            <span>
              · credits{" "}
              <Anchor component={Link} to={`/billing/invoices/${invoice.creditedInvoiceId}`} inherit>
                {invoice.creditedInvoiceNumber}
              </Anchor>
            </span>
          )}
        </Group>
      }
    />
  );
}

function InProgressInvoice({ invoice, lists }: { invoice: Invoice; lists: EditorLists }) {
  const update = useUpdateInvoice(invoice.id);
  const { canManage } = useCurrentUser();
  return (
    <>
      {!canManage && (
        <Text size="sm" c="dimmed" mb="md">
          The Company Owner or an Admin issues invoices and deletes them.
        </Text>
      )}
      <InvoiceForm
        key={invoice.updatedAt}
        initial={draftOf(invoice)}
        invoice={invoice}
        lists={lists}
        onSave={(body) => update.mutateAsync(body)}
        actions={(saveFirst, dirty) => (
          <InProgressActions invoice={invoice} canManage={canManage} saveFirst={saveFirst} dirty={dirty} />
        )}
      />
    </>
  );
}

/** An invoice at its own address: edited while In progress, read-only once issued. */
export function InvoicePage() {
  const { id = "" } = useParams();
  const invoice = useInvoice(id);
  const { canManage } = useCurrentUser();
  const missing = invoice.error instanceof ApiError && [400, 404].includes(invoice.error.status);
  return (
    <>
      <BackToInvoices />
      {invoice.isPending ? (
        <LoadingState label="Loading the invoice…" />
      ) : missing ? (
        <EmptyState
          icon={<ReceiptIcon />}
          title="No such invoice"
          description="There is no invoice at this address in your company: it may have been deleted, or the link is wrong."
          action={
            <Button component={Link} to="/billing/invoices" variant="default">
              Go to All invoices
            </Button>
          }
        />
      ) : invoice.isError ? (
        <ErrorState
          title="The invoice could not be loaded"
          error={invoice.error}
          onRetry={() => invoice.refetch()}
        />
      ) : (
        <>
          <InvoiceHeader invoice={invoice.data} />
          {invoice.data.status === "created" ? (
            <IssuedInvoice invoice={invoice.data} canManage={canManage} />
          ) : (
            <WithLists>{(lists) => <InProgressInvoice invoice={invoice.data} lists={lists} />}</WithLists>
          )}
        </>
      )}
    </>
  );
}
