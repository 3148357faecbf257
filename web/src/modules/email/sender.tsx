import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, ok } from "../../api/client";
import { queryClient } from "../../api/query";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { Labeled } from "../../ui/labeled";
import { problemAt, problemsOf } from "../../ui/problems";
import { SaveBar } from "../../ui/save-bar";
import { useToast } from "../../ui/toast";
import "../categories/categories.css";

const MAIL = ["settings", "mail"] as const;

/** Who nurture emails come from, and the postal address every footer shows. */
export function SenderSettings() {
  const mail = useQuery({ queryKey: MAIL, queryFn: () => ok(api.GET("/api/v1/settings/mail")) });
  if (mail.isPending) return <Skeleton rows={4} label="Loading the sender" />;
  if (mail.error) return <ErrorNote error={mail.error} />;
  return <SenderForm sender={mail.data} key={JSON.stringify(mail.data)} />;
}

type Sender = { name: string; email: string; postalAddress: string; replyTo: string | null; ready: boolean };

function SenderForm({ sender }: { sender: Sender }) {
  const toast = useToast();
  const [name, setName] = useState(sender.name);
  const [email, setEmail] = useState(sender.email);
  const [postalAddress, setPostalAddress] = useState(sender.postalAddress);
  const [replyTo, setReplyTo] = useState(sender.replyTo ?? "");
  const save = useMutation({
    mutationFn: () =>
      ok(
        api.PUT("/api/v1/settings/mail", {
          body: {
            name: name.trim(),
            email: email.trim(),
            postalAddress: postalAddress.trim(),
            replyTo: replyTo.trim() || null,
          },
        }),
      ),
    onSuccess: (saved) => {
      toast("Sender saved.");
      queryClient.setQueryData(MAIL, saved);
    },
  });
  const problems = problemsOf(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="editor" onSubmit={submit} aria-label="Sender">
      <p className={sender.ready ? "muted" : "notice"}>
        {sender.ready
          ? "Nurture emails go out from this sender."
          : "No nurture email goes out until a sender address and a postal address are set."}
      </p>
      <div className="field-row">
        <Labeled label="From name" error={problemAt(problems, "name")}>
          {(c) => (
            <input {...c} value={name} required maxLength={200} onChange={(e) => setName(e.target.value)} />
          )}
        </Labeled>
        <Labeled label="From address" error={problemAt(problems, "email")}>
          {(c) => (
            <input {...c} type="email" value={email} required onChange={(e) => setEmail(e.target.value)} />
          )}
        </Labeled>
        <Labeled label="Reply-to (optional)" error={problemAt(problems, "replyTo")}>
          {(c) => <input {...c} type="email" value={replyTo} onChange={(e) => setReplyTo(e.target.value)} />}
        </Labeled>
      </div>
      <Labeled
        label="Postal address"
        error={problemAt(problems, "postalAddress")}
        hint="The law asks for it in every marketing email; the footer shows it."
      >
        {(c) => (
          <textarea
            {...c}
            rows={3}
            required
            minLength={5}
            maxLength={500}
            value={postalAddress}
            onChange={(e) => setPostalAddress(e.target.value)}
          />
        )}
      </Labeled>
      <SaveBar error={save.error} saving={save.isPending} label="Save sender" />
    </form>
  );
}
