package io.fokus.training.internal;

import io.fokus.training.internal.Quiz.Option;
import io.fokus.training.internal.Quiz.Question;
import java.util.List;

/**
 * The three courses Fokus ships, in English and German, published in every new tenant (and added on request to
 * tenants from before): listening to customers, keeping promises, handling complaints. Each takes about 20 minutes,
 * is valid for 12 months with a 30-day recertification window, and ends with a short quiz (pass mark 75%).
 */
final class StarterCourses {

  record Starter(String key, CourseContent content) {
  }

  private StarterCourses() {
  }

  static List<Starter> all() {
    return List.of(listening(), promises(), complaints());
  }

  private static Question q(String id, String en, String de, boolean multiple, Option... options) {
    return new Question(id, en, de, multiple, List.of(options));
  }

  private static Option o(String id, String en, String de, boolean correct) {
    return new Option(id, en, de, correct);
  }

  static Starter listening() {
    return new Starter("LISTENING", new CourseContent(
        "Listening to customers",
        "Kunden zuhören",
        "How to hear what a customer needs, not only what they say, and how to show them they were heard.",
        "Wie man hört, was ein Kunde braucht – nicht nur, was er sagt – und wie man zeigt, dass er gehört wurde.",
        """
        ## Why listening comes first
        Most customers who leave never complain: they simply stop buying. The ones who do speak up are giving you a \
        second chance. Every survey comment, every call and every complaint in Fokus is such a chance.

        ## Four habits of good listening
        1. **Let them finish.** Interrupting to offer a solution tells the customer their story does not matter.
        2. **Ask one open question.** "What happened next?" or "What would have helped you?" brings out what a \
        yes/no question hides.
        3. **Say back what you heard.** "So the delivery came a week late and nobody told you" shows you understood \
        – and lets the customer correct you.
        4. **Name the feeling.** "That sounds frustrating" is not an admission of fault; it is respect.

        ## Reading feedback in Fokus
        - A detractor (NPS 0–6) opens a recovery case: read the comment before you call, and start with the \
        customer's words, not with the score.
        - Look for patterns: the same complaint from three customers is a process problem, not three bad days.

        ## After listening
        End every conversation with what happens next, who does it and by when – and record it as a promise in \
        Fokus, so it is kept.
        """,
        """
        ## Warum Zuhören zuerst kommt
        Die meisten Kunden, die gehen, beschweren sich nie – sie kaufen einfach nicht mehr. Wer sich meldet, gibt \
        Ihnen eine zweite Chance. Jeder Umfragekommentar, jeder Anruf und jede Beschwerde in Fokus ist so eine Chance.

        ## Vier Gewohnheiten guten Zuhörens
        1. **Ausreden lassen.** Wer unterbricht, um eine Lösung anzubieten, signalisiert: Ihre Geschichte zählt nicht.
        2. **Eine offene Frage stellen.** „Wie ging es dann weiter?“ oder „Was hätte Ihnen geholfen?“ bringt ans \
        Licht, was eine Ja/Nein-Frage verbirgt.
        3. **Wiedergeben, was Sie gehört haben.** „Die Lieferung kam also eine Woche zu spät und niemand hat Ihnen \
        Bescheid gegeben“ zeigt Verständnis – und der Kunde kann Sie korrigieren.
        4. **Das Gefühl benennen.** „Das klingt ärgerlich“ ist kein Schuldeingeständnis, sondern Respekt.

        ## Feedback in Fokus lesen
        - Ein Kritiker (NPS 0–6) eröffnet einen Wiedergutmachungsfall: Lesen Sie den Kommentar vor dem Anruf und \
        beginnen Sie mit den Worten des Kunden, nicht mit der Punktzahl.
        - Achten Sie auf Muster: Dieselbe Beschwerde von drei Kunden ist ein Prozessproblem, nicht drei schlechte Tage.

        ## Nach dem Zuhören
        Beenden Sie jedes Gespräch damit, was als Nächstes passiert, wer es tut und bis wann – und halten Sie es in \
        Fokus als Zusage fest, damit sie eingehalten wird.
        """,
        null, 20, 12, 30, new Quiz(75, List.of(
            q("q1", "A customer is describing a late delivery. What do you do first?",
                "Ein Kunde schildert eine verspätete Lieferung. Was tun Sie zuerst?", false,
                o("a", "Offer a voucher straight away", "Sofort einen Gutschein anbieten", false),
                o("b", "Let them finish, then say back what you heard",
                    "Ausreden lassen und dann wiedergeben, was Sie gehört haben", true),
                o("c", "Explain why the carrier was late", "Erklären, warum der Paketdienst zu spät war", false)),
            q("q2", "Which of these are open questions?", "Welche davon sind offene Fragen?", true,
                o("a", "What would have helped you?", "Was hätte Ihnen geholfen?", true),
                o("b", "Was the driver rude?", "War der Fahrer unhöflich?", false),
                o("c", "What happened next?", "Wie ging es dann weiter?", true)),
            q("q3", "Three customers report the same problem this week. What is it most likely?",
                "Drei Kunden melden diese Woche dasselbe Problem. Was ist es am wahrscheinlichsten?", false,
                o("a", "Three unlucky customers", "Drei Kunden mit Pech", false),
                o("b", "A process problem worth raising", "Ein Prozessproblem, das man ansprechen sollte", true)),
            q("q4", "How should a conversation with an unhappy customer end?",
                "Wie sollte ein Gespräch mit einem unzufriedenen Kunden enden?", false,
                o("a", "With what happens next, who does it and by when, recorded as a promise",
                    "Damit, was als Nächstes passiert, wer es tut und bis wann – als Zusage festgehalten", true),
                o("b", "With an apology and nothing more", "Mit einer Entschuldigung, sonst nichts", false))))));
  }

  static Starter promises() {
    return new Starter("PROMISES", new CourseContent(
        "Keeping promises to customers",
        "Zusagen an Kunden einhalten",
        "Why a kept promise builds more trust than a quick one, and how to make, track and renegotiate promises.",
        "Warum eine eingehaltene Zusage mehr Vertrauen schafft als eine schnelle – und wie man Zusagen macht, "
            + "verfolgt und neu verhandelt.",
        """
        ## A promise is a small contract
        "I'll call you back tomorrow" is a promise. So is "the refund will be on your account within five days". \
        Customers remember promises more precisely than we do – and a broken one costs more trust than saying \
        nothing at all. Fokus shows it: customers' scores after a broken promise are lower than after a kept one.

        ## Make promises you can keep
        - **Be specific:** what, by when, and who will do it. "Soon" is not a promise.
        - **Check before you commit:** if it depends on another team, ask them first, or promise only your part.
        - **Leave room:** if a task takes two days, promise three.

        ## Record every promise
        Record the promise in Fokus on the complaint or the customer's page. Its owner is reminded before it is \
        due; when the due date and the grace period pass, Fokus marks it broken – and two broken promises to the \
        same customer within 90 days open a recovery case.

        ## When you cannot keep it
        Call the customer **before** the due date, explain, and agree on a new date. Record it as a \
        renegotiation with the customer's agreement: the old date stays in the history, but the promise is not \
        broken. Silence is what breaks trust.
        """,
        """
        ## Eine Zusage ist ein kleiner Vertrag
        „Ich rufe Sie morgen zurück“ ist eine Zusage. „Die Erstattung ist in fünf Tagen auf Ihrem Konto“ auch. \
        Kunden erinnern sich genauer an Zusagen als wir – und eine gebrochene kostet mehr Vertrauen, als gar nichts \
        zu sagen. Fokus zeigt es: Die Bewertungen der Kunden nach einer gebrochenen Zusage sind niedriger als nach \
        einer eingehaltenen.

        ## Nur zusagen, was Sie halten können
        - **Konkret sein:** was, bis wann und wer es erledigt. „Bald“ ist keine Zusage.
        - **Vorher prüfen:** Hängt es von einem anderen Team ab, fragen Sie dort zuerst – oder sagen Sie nur Ihren \
        Teil zu.
        - **Puffer lassen:** Dauert eine Aufgabe zwei Tage, sagen Sie drei zu.

        ## Jede Zusage festhalten
        Halten Sie die Zusage in Fokus an der Beschwerde oder auf der Seite des Kunden fest. Die verantwortliche \
        Person wird vor der Fälligkeit erinnert; sind Fälligkeit und Kulanzzeit vorbei, markiert Fokus die Zusage \
        als gebrochen – und zwei gebrochene Zusagen an denselben Kunden innerhalb von 90 Tagen eröffnen einen \
        Wiedergutmachungsfall.

        ## Wenn Sie sie nicht halten können
        Rufen Sie den Kunden **vor** der Fälligkeit an, erklären Sie es und vereinbaren Sie ein neues Datum. \
        Halten Sie es als Neuverhandlung mit Zustimmung des Kunden fest: Das alte Datum bleibt in der Historie, \
        aber die Zusage ist nicht gebrochen. Schweigen ist es, was Vertrauen zerstört.
        """,
        null, 20, 12, 30, new Quiz(75, List.of(
            q("q1", "Which of these is a promise you can track?", "Welche davon ist eine Zusage, die man verfolgen kann?",
                false,
                o("a", "We'll look into it soon", "Wir kümmern uns bald darum", false),
                o("b", "I will send you the corrected invoice by Friday",
                    "Ich schicke Ihnen die korrigierte Rechnung bis Freitag", true)),
            q("q2", "You cannot keep a promise due tomorrow. What do you do?",
                "Sie können eine Zusage, die morgen fällig ist, nicht halten. Was tun Sie?", false,
                o("a", "Wait and apologise afterwards", "Abwarten und sich danach entschuldigen", false),
                o("b", "Call the customer today and agree on a new date",
                    "Den Kunden heute anrufen und ein neues Datum vereinbaren", true)),
            q("q3", "What happens in Fokus when two promises to the same customer are broken within 90 days?",
                "Was passiert in Fokus, wenn zwei Zusagen an denselben Kunden innerhalb von 90 Tagen gebrochen werden?",
                false,
                o("a", "Nothing", "Nichts", false),
                o("b", "A recovery case is opened", "Ein Wiedergutmachungsfall wird eröffnet", true)),
            q("q4", "Which make a promise easier to keep?", "Was macht eine Zusage leichter einzuhalten?", true,
                o("a", "Checking with the other team first", "Vorher beim anderen Team nachfragen", true),
                o("b", "Leaving some room in the date", "Beim Datum etwas Puffer lassen", true),
                o("c", "Promising the earliest possible date", "Das frühestmögliche Datum zusagen", false))))));
  }

  static Starter complaints() {
    return new Starter("COMPLAINTS", new CourseContent(
        "Handling complaints",
        "Mit Beschwerden umgehen",
        "Turning a complaint into a second chance: acknowledge, own, resolve within the SLA, and follow up.",
        "Aus einer Beschwerde eine zweite Chance machen: bestätigen, Verantwortung übernehmen, innerhalb der SLA "
            + "lösen und nachfassen.",
        """
        ## A complaint is a gift
        A customer who complains still wants to do business with you. Handled well, a complaint can leave the \
        customer more loyal than before it happened.

        ## The four steps
        1. **Acknowledge quickly.** The first response clock in Fokus runs from the moment the complaint arrives. \
        A short, personal answer ("I have your message and I am on it") stops it and calms the customer.
        2. **Own it.** One person is responsible for the complaint until it is resolved. Pass it on only with a \
        note, never silently.
        3. **Resolve within the SLA.** Fokus warns before a resolution deadline is breached. Work on the complaint \
        that breaches first, not the one that arrived last. Record the root cause: it is how the same complaint \
        stops coming back.
        4. **Follow up.** After the resolution Fokus asks the customer how satisfied they were. A low score opens \
        a recovery case – read the answer and call.

        ## What not to do
        - Argue about whose fault it was.
        - Promise what you cannot keep to end the conversation: record only promises you can keep.
        - Close a complaint while promises made in it are still open.
        """,
        """
        ## Eine Beschwerde ist ein Geschenk
        Ein Kunde, der sich beschwert, will weiter mit Ihnen zusammenarbeiten. Gut behandelt, kann eine Beschwerde \
        den Kunden treuer machen als vorher.

        ## Die vier Schritte
        1. **Schnell bestätigen.** Die Uhr für die erste Antwort läuft in Fokus ab dem Eingang der Beschwerde. \
        Eine kurze, persönliche Antwort („Ich habe Ihre Nachricht und kümmere mich darum“) stoppt sie und beruhigt \
        den Kunden.
        2. **Verantwortung übernehmen.** Eine Person ist für die Beschwerde verantwortlich, bis sie gelöst ist. \
        Geben Sie sie nur mit einer Notiz weiter, nie stillschweigend.
        3. **Innerhalb der SLA lösen.** Fokus warnt, bevor eine Lösungsfrist verletzt wird. Bearbeiten Sie zuerst \
        die Beschwerde, deren Frist zuerst abläuft, nicht die zuletzt eingegangene. Halten Sie die Ursache fest: \
        So kommt dieselbe Beschwerde nicht wieder.
        4. **Nachfassen.** Nach der Lösung fragt Fokus den Kunden, wie zufrieden er war. Eine niedrige Bewertung \
        eröffnet einen Wiedergutmachungsfall – lesen Sie die Antwort und rufen Sie an.

        ## Was Sie vermeiden sollten
        - Darüber streiten, wessen Schuld es war.
        - Etwas zusagen, das Sie nicht halten können, nur um das Gespräch zu beenden.
        - Eine Beschwerde schließen, solange darin gemachte Zusagen noch offen sind.
        """,
        null, 20, 12, 30, new Quiz(75, List.of(
            q("q1", "What stops the first-response clock and calms the customer?",
                "Was stoppt die Uhr für die erste Antwort und beruhigt den Kunden?", false,
                o("a", "A short, personal acknowledgement", "Eine kurze, persönliche Bestätigung", true),
                o("b", "Waiting until the problem is solved", "Warten, bis das Problem gelöst ist", false)),
            q("q2", "Several complaints are waiting. Which do you work on first?",
                "Mehrere Beschwerden warten. Welche bearbeiten Sie zuerst?", false,
                o("a", "The newest one", "Die neueste", false),
                o("b", "The one whose deadline is breached first", "Die, deren Frist zuerst abläuft", true)),
            q("q3", "Why record the root cause?", "Warum die Ursache festhalten?", false,
                o("a", "So the same complaint stops coming back", "Damit dieselbe Beschwerde nicht wiederkommt", true),
                o("b", "To show whose fault it was", "Um zu zeigen, wessen Schuld es war", false)),
            q("q4", "Which of these should you avoid?", "Was sollten Sie vermeiden?", true,
                o("a", "Closing a complaint while its promises are open",
                    "Eine Beschwerde schließen, solange ihre Zusagen offen sind", true),
                o("b", "Promising something just to end the conversation",
                    "Etwas zusagen, nur um das Gespräch zu beenden", true),
                o("c", "Following up after the resolution", "Nach der Lösung nachfassen", false))))));
  }
}
