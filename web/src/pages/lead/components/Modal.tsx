import { type ReactNode, useEffect, useId, useRef } from 'react';

/**
 * A modal dialog on the native `<dialog>`: focus moves in and is trapped, Escape closes,
 * the page behind is inert. Render it only while open (removing it closes it).
 */
export function Modal({
  title,
  onClose,
  children,
}: {
  title: ReactNode;
  onClose(): void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
    }
  }, []);
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose} className="modal">
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
