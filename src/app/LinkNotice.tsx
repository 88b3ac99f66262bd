import { notFollowed, type LinkProblem } from "../lib/deep-link";
import type { ReaderAction } from "../lib/reader/state";
import { noticeBox, noticeButton } from "./notice-style";

interface LinkNoticeProps {
  problems: readonly LinkProblem[];
  dispatch: (action: ReaderAction) => void;
}

/**
 * A polite notice about the link just followed: a passage it found changed, and what it could not follow.
 * Messages are plain text: nothing from a URL is HTML.
 */
export function LinkNotice({ problems, dispatch }: LinkNoticeProps) {
  const failed = problems.filter(notFollowed);
  const changed = problems.filter((problem) => !notFollowed(problem));
  // A changed passage is scrolled into view: the notice stays in sight above it, under the header.
  const pinned = changed.length > 0;
  return (
    <div
      role="status"
      className={`mx-auto max-w-measure empty:hidden ${pinned ? "sticky top-[3.75rem] z-10" : ""}`}
    >
      {problems.length > 0 && (
        <div className={`mb-6 ${noticeBox} ${pinned ? "shadow-md" : ""}`}>
          <div className="flex-1">
            {changed.length > 0 && (
              <>
                <p className="font-semibold">This passage has changed since the link was made.</p>
                {changed.map((problem, i) => (
                  <p key={i} className="mt-1">
                    {problem.message}
                  </p>
                ))}
              </>
            )}
            {failed.length > 0 && (
              <>
                <p className={changed.length > 0 ? "mt-3 font-semibold" : "font-semibold"}>
                  This link could not be followed in full.
                </p>
                <ul className="mt-1 list-disc pl-5">
                  {failed.map((problem, i) => (
                    <li key={i}>{problem.message}</li>
                  ))}
                </ul>
                <p className="mt-1">The whole article is shown below.</p>
              </>
            )}
          </div>
          {/*
            Not where there is no app to dismiss it: without script only the 404 page has a notice, and it shows
            the whole article already.
          */}
          <button
            type="button"
            onClick={() => {
              dispatch({ type: "notice-dismissed" });
            }}
            className={`no-app:hidden ${noticeButton}`}
          >
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
