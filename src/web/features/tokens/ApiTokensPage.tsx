import { Anchor, Paper, Stack, Title } from "@mantine/core";
import { PageHeader } from "../../components/PageHeader.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { CreateTokenForm } from "./CreateTokenForm.js";
import { TokenList } from "./TokenList.js";
import { useTokens } from "./tokens-api.js";

export function ApiTokensPage() {
  const tokens = useTokens();
  return (
    <>
      <PageHeader
        title="API tokens"
        description={
          <>
            Personal tokens let your scripts and integrations use the{" "}
            <Anchor href="/api/docs" target="_blank" rel="noopener">
              Kontor API
            </Anchor>{" "}
            as you, with your role. Only you see your tokens.
          </>
        }
      />
      <Stack gap="xl">
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="create-token-title">
          <Title order={2} fz="lg" fw={650} mb="md" id="create-token-title">
            Create a token
          </Title>
          <CreateTokenForm />
        </Paper>
        <Stack gap="sm" component="section" aria-labelledby="your-tokens-title">
          <Title order={2} fz="lg" fw={650} id="your-tokens-title">
            Your tokens
          </Title>
          {tokens.isPending ? (
            <LoadingState label="Loading your tokens…" />
          ) : tokens.isError ? (
            <ErrorState error={tokens.error} onRetry={() => tokens.refetch()} />
          ) : (
            <TokenList tokens={tokens.data} />
          )}
        </Stack>
      </Stack>
    </>
  );
}
