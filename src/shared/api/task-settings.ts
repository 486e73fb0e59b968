import { z } from "zod";

export const TaskSettings = z
  .object({
    checklistBeforeDone: z
      .boolean({ message: "Say true or false." })
      .meta({ description: "A task with an unfinished checklist cannot be marked done." }),
  })
  .meta({ id: "TaskSettings" });
export type TaskSettings = z.infer<typeof TaskSettings>;
