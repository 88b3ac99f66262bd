import { QueryClient } from "@tanstack/react-query";

/** One query client per page (and one per prerender). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: 1, refetchOnWindowFocus: true },
    },
  });
}
