/** Parts of the walkthrough: the keyboard shortcuts and the box that jumps to any control. */
import { Group, Kbd, Select, Text } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { useRef, useState } from "react";
import type { CatalogControl } from "./data";
import { isTyping, useWindowKeys } from "./parts";

export function Shortcuts() {
  const items: [string[], string][] = [
    [["j", "→"], "next"],
    [["k", "←"], "previous"],
    [["g"], "go to a control"],
    [["i"], "included"],
    [["x"], "excluded"],
    [["Ctrl", "Enter"], "save and go on"],
    [["u"], "upload evidence"],
  ];
  return (
    <Group gap="md" wrap="wrap" aria-label="Keyboard shortcuts">
      <Text size="xs" fw={600}>
        Keyboard:
      </Text>
      {items.map(([keys, what]) => (
        <Group key={what} gap={4} wrap="nowrap">
          {keys.map((k, i) => (
            <span key={k}>
              {i > 0 && (
                <Text span size="xs" mx={2}>
                  {what.startsWith("save") ? "+" : "/"}
                </Text>
              )}
              <Kbd size="xs">{k}</Kbd>
            </span>
          ))}
          <Text size="xs">{what}</Text>
        </Group>
      ))}
    </Group>
  );
}

/** A search box over every control by id or title; the key g puts the cursor in it. */
export function JumpToControl({
  controls,
  onJump,
}: {
  controls: CatalogControl[];
  onJump: (control: CatalogControl) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [search, setSearch] = useState("");
  const jump = (control: CatalogControl) => {
    onJump(control);
    setSearch("");
    input.current?.blur();
  };
  useWindowKeys(true, (event) => {
    if (event.key !== "g" || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    event.preventDefault();
    input.current?.focus();
  });
  return (
    <Select
      ref={input}
      aria-label="Go to a control"
      placeholder="Go to a control (g)"
      leftSection={<IconSearch size={14} />}
      searchable
      selectFirstOptionOnChange
      value={null}
      searchValue={search}
      onSearchChange={setSearch}
      onKeyDown={(event) => {
        // A typed id followed at once by Enter jumps even before the list has caught up.
        if (event.key !== "Enter") return;
        const exact = controls.find((c) => c.id === search.trim());
        if (exact) {
          event.preventDefault();
          jump(exact);
        }
      }}
      data={controls.map((c) => ({ value: c.id, label: `${c.id} ${c.title}` }))}
      onChange={(id) => {
        const control = controls.find((c) => c.id === id);
        if (control) jump(control);
      }}
      nothingFoundMessage="No control matches"
      w={260}
      data-testid="jump-to-control"
    />
  );
}
