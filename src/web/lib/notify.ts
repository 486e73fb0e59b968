import { notifications } from "@mantine/notifications";
import { errorMessage } from "./api.js";

export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: "teal", title, message });
}

export function notifyFailure(error: unknown, title = "That did not work"): void {
  notifications.show({ color: "red", title, message: errorMessage(error), autoClose: 8000 });
}
