import { Button, Tooltip } from "@mantine/core";
import { useState } from "react";
import { type InvoiceListItem, PDF_ZIP_LIMIT } from "../../../../shared/api/invoices.js";
import { DownloadIcon } from "../../../components/icons.js";
import { notifyFailure } from "../../../lib/notify.js";
import { downloadPdfsZip, pdfHref } from "./invoices-api.js";

/** Saves a file the browser was given, under its name. */
function save(href: string, filename = "") {
  const link = document.createElement("a");
  link.href = href;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
}

/** Download PDFs: one invoice's PDF as it is, several in one ZIP file. */
export function PdfDownloadButton({
  invoices,
  disabled,
}: {
  invoices: InvoiceListItem[];
  disabled: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const tooMany = invoices.length > PDF_ZIP_LIMIT;

  async function download() {
    if (invoices.length === 1) return save(pdfHref(invoices[0]!.id, { download: true }));
    setBusy(true);
    try {
      const zip = await downloadPdfsZip(invoices.map((invoice) => invoice.id));
      const url = URL.createObjectURL(zip);
      save(url, "invoices.zip");
      // The click has handed the file to the browser; the address is not needed after.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      notifyFailure(error, "The PDFs could not be downloaded");
    } finally {
      setBusy(false);
    }
  }

  return (
    <Tooltip label={`Download at most ${PDF_ZIP_LIMIT} PDFs at once: narrow the filter.`} disabled={!tooMany}>
      <Button
        size="xs"
        variant="default"
        leftSection={<DownloadIcon size={14} />}
        onClick={download}
        loading={busy}
        disabled={disabled || tooMany}
        data-disabled={disabled || tooMany || undefined}
      >
        Download PDFs
      </Button>
    </Tooltip>
  );
}
