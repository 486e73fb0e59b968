import { createTheme, MantineProvider } from "@mantine/core";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import type { CalendarItem } from "../../../shared/api/calendar.js";
import { CalendarEntry } from "./CalendarEntry.js";

const base: CalendarItem = {
  id: "3f0c1c9e-8d7a-4c6e-9a55-0c1c9e8d7a4c",
  planned: false,
  title: "VAT return",
  client: { id: "9f0c1c9e-8d7a-4c6e-9a55-0c1c9e8d7a4c", name: "Alder Bakery OÜ" },
  topic: null,
  assignees: [],
  deadline: "2026-01-20",
  status: "not_started",
  overdue: false,
};

const render = (item: CalendarItem) =>
  renderToStaticMarkup(
    createElement(
      MantineProvider,
      { theme: createTheme({ colors: { kontor: Array(10).fill("#eef") as never } }) },
      createElement(MemoryRouter, null, createElement(CalendarEntry, { item })),
    ),
  );

describe("a calendar entry", () => {
  it("links a task to its page", () => {
    const html = render(base);
    expect(html).toContain(`href="/tasks/${base.id}"`);
    expect(html).not.toContain("planned");
  });

  it("shows a planned occurrence labelled, dashed and not clickable", () => {
    const html = render({ ...base, id: null, planned: true });
    expect(html).toContain('data-planned="true"');
    expect(html).toContain("dashed");
    expect(html).toContain(">planned<");
    expect(html).not.toContain("<a");
  });
});
