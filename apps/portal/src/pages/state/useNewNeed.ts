import { type TNeedInput } from "@tahub/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { parseArticles } from "../../lib/articles";
import { fieldErrors } from "../../lib/errors";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import { useDebounced } from "../../lib/useDebounced";

/** Texts shorter than this are not classified nor checked for duplicates as they are typed. */
const MIN_TEXT = 12;

/**
 * As the text settles: `classify.text`'s suggestion, and the State's near-duplicates (saving
 * stays possible). Both keep their last answer while the next one loads.
 */
function useAsYouType(text: string, stateCode: string) {
  const trpc = useTRPC();
  const debounced = useDebounced(text.trim(), 400);
  const long = debounced.length >= MIN_TEXT;
  const suggestion = useQuery({
    ...trpc.classify.text.queryOptions({ text: debounced }),
    enabled: long,
    placeholderData: (prev) => prev,
  });
  const duplicates = useQuery({
    ...trpc.needs.duplicates.queryOptions({ state: stateCode, text: debounced }),
    enabled: long && /^[A-Z]{3}$/.test(stateCode),
    placeholderData: (prev) => prev,
  });
  return {
    debounced,
    suggestion: long ? suggestion.data : undefined,
    suggesting: suggestion.isFetching,
    close: long ? (duplicates.data?.needs ?? []) : [],
  };
}

/** The new need's draft, its creation, and the as-you-type help. */
export function useNewNeed() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const [state, setState] = useState(user?.state ?? "");
  const [text, setText] = useState("");
  const [articles, setArticles] = useState("");
  const [confidentiality, setConfidentiality] = useState<TNeedInput["confidentiality"]>("public");
  const [gender, setGender] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const stateCode = (state || user?.state || "").toUpperCase();
  const typing = useAsYouType(text, stateCode);
  const create = useMutation(
    trpc.needs.create.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.needs.pathKey() });
        setText("");
        setArticles("");
        setConfirming(false);
      },
    }),
  );
  const parsed = parseArticles(articles);
  const save = () =>
    create.mutate({
      state: stateCode,
      text,
      articles: parsed.articles,
      cycle: 2,
      language: "en",
      confidentiality,
      genderResponsive: gender,
    });
  return {
    ...typing,
    draft: { state, text, articles, confidentiality, gender, parsed },
    set: { setState, setArticles, setConfidentiality, setGender },
    /** A new text: any pending "add it anyway?" question is dropped. */
    setText: (value: string) => {
      setText(value);
      setConfirming(false);
    },
    addArticle: (n: number) => {
      if (!parsed.articles.includes(n)) setArticles([...parsed.articles, n].join(", "));
    },
    create,
    errors: fieldErrors(create.error),
    confirming,
    save,
    submit: (e: FormEvent) => {
      e.preventDefault();
      // A close need of the same State: ask first; "add it anyway" saves.
      if (typing.close.length > 0 && !confirming) setConfirming(true);
      else save();
    },
  };
}

export type NewNeed = ReturnType<typeof useNewNeed>;
