import Link from "next/link";
import type { TaskGroup } from "@/lib/workflow/task-list";
import type { PartStatus } from "@/lib/workflow/stages";
import { PartStatusTag, TaskStatusTag } from "./status-tag";

type Props = {
  groups: TaskGroup[];
  base: string;
  parts: { FORCE: PartStatus; PCC: PartStatus };
  /** Whether this person may open the task (the page they would land on). */
  canOpen: (permission: TaskGroup["tasks"][number]["permission"]) => boolean;
  children?: (group: TaskGroup) => React.ReactNode;
};

/** The GOV.UK task list: each task a row with its name (a link for those who can do it), status and who it waits for. */
export function TaskList({ groups, base, parts, canOpen, children }: Props) {
  return (
    <ol className="mb-10 space-y-8" aria-label="Tasks">
      {groups.map((group, g) => (
        <li key={group.id} data-task-group={group.id}>
          <h2 className="mb-2 flex flex-wrap items-center gap-3 text-2xl font-bold" id={`group-${group.id}`}>
            <span>
              {g + 1}. {group.title}
            </span>
            {group.part && <PartStatusTag part={group.part} status={parts[group.part]} />}
          </h2>
          {children?.(group)}
          <ul className="border-t border-line" aria-labelledby={`group-${group.id}`}>
            {group.tasks.map((task) => {
              const statusId = `status-${task.id.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
              const open = canOpen(task.permission) || task.path.startsWith("review/");
              return (
                <li
                  key={task.id}
                  className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 border-b border-line py-3"
                  data-task={task.id}
                >
                  <div>
                    {open ? (
                      <Link href={`${base}/${task.path}`} aria-describedby={statusId} className="font-bold">
                        {task.label}
                      </Link>
                    ) : (
                      <span className="font-bold">{task.label}</span>
                    )}
                    <span className="block text-base text-muted">
                      {task.status === "COMPLETED" ? task.who : `Waiting for: ${task.who}`}
                      {task.note ? `. ${task.note}` : ""}
                    </span>
                  </div>
                  <TaskStatusTag status={task.status} id={statusId} />
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}
