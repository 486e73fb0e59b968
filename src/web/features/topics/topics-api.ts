import { useMutation, useQuery } from "@tanstack/react-query";
import { type CreateTopicBody, Topic, TopicList, type UpdateTopicBody } from "../../../shared/api/topics.js";
import { api } from "../../lib/api.js";
import { queryClient } from "../../lib/query-client.js";
import { queryKeys } from "../../lib/query-keys.js";

/** Every topic, archived ones too (the settings list shows them apart). */
export function useTopics() {
  return useQuery({
    queryKey: queryKeys.topics,
    queryFn: () => api.get("/topics?includeArchived=true", TopicList),
  });
}

const changed = () => void queryClient.invalidateQueries({ queryKey: queryKeys.topics });

export function useCreateTopic() {
  return useMutation({
    mutationFn: (input: CreateTopicBody) => api.post("/topics", input, Topic),
    onSuccess: changed,
  });
}

export function useUpdateTopic() {
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateTopicBody }) =>
      api.patch(`/topics/${id}`, changes, Topic),
    onSuccess: changed,
  });
}

export function deleteTopic(id: string): Promise<void> {
  return api.delete(`/topics/${id}`).then(changed);
}
