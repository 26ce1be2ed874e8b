import { QueryClient } from "@tanstack/react-query";

/** The query client of one server render (the apps fetch in server components only). */
export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Data rendered on the server is fresh enough not to be fetched again right away.
        staleTime: 30 * 1000,
        // Health information: don't keep retrying a request the server refused.
        retry: (failureCount, error) => {
          const code = (error as { data?: { code?: string } } | null)?.data?.code;
          if (code === "UNAUTHORIZED" || code === "FORBIDDEN" || code === "NOT_FOUND" || code === "BAD_REQUEST") return false;
          return failureCount < 2;
        },
      },
    },
  });
}
