--liquibase formatted sql

--changeset fokus:021-complaints-inbox-search
-- The inbox's search by words, read from an index (measured with infra/bench/complaints-benchmark.sh).
-- Why a table of words and not a pg_trgm or full-text GIN index on the complaint: under row-level security the
-- planner uses an index for a condition only if its operator is LEAKPROOF (else the condition could see rows of
-- other tenants before the policy filtered them). None of ILIKE's, pg_trgm's or full-text search's operators is, and
-- only a superuser could mark them so; such an index would be built and never read. Text comparisons (=, <, >=) are
-- leakproof, so a B-tree of the words of each complaint serves "a word starting with" under the tenant policy.
-- Triggers keep the words, so every way a complaint is written (the application, set-based imports) keeps them.

-- The terms of a text as the search reads them, in a query as in a complaint: lower case, split at white space and
-- punctuation but not at inner hyphens and underscores, so an order reference like ORD-123-45 is one term.
CREATE FUNCTION complaints.search_terms(content text) RETURNS SETOF text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT DISTINCT term
  FROM unnest(string_to_array(regexp_replace(lower(content),
      '[[:space:]!"#$%&''()*+,./:;<=>?@\[\\\]^`{|}~«»„“”‚‘’…–—·]+', ' ', 'g'), ' ')) token,
    btrim(token, '-_') term
  WHERE term <> ''
$$;

-- The words of a text that the search finds: its terms, a term with hyphens or underscores also in its parts (ORD,
-- 123, 45), each at most 60 characters (a term's start finds a longer word all the same), each once.
CREATE FUNCTION complaints.search_words(content text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT left(word, 60)), '{}')
  FROM complaints.search_terms(content) term,
    unnest(CASE WHEN term ~ '[-_]' THEN term || regexp_split_to_array(term, '[-_]+') ELSE ARRAY[term] END) word
  WHERE word <> ''
$$;

-- One row per word of a complaint's subject, description and order reference, in byte order (collation C), so the
-- words starting with a term are one range of the key: a rare word's complaints are read from there. A frequent
-- word's complaints are found walking the inbox's order and asking the second index whether the complaint has it.
-- No foreign key to the complaint: it doubled the time to write a complaint's words (a check per word); the
-- triggers below keep the two together.
CREATE TABLE complaints.complaint_word (
  tenant_id uuid   NOT NULL,
  word      text   COLLATE "C" NOT NULL,
  number    bigint NOT NULL,
  PRIMARY KEY (tenant_id, word, number)
);
CREATE INDEX complaint_word_number_idx ON complaints.complaint_word (tenant_id, number, word);
GRANT SELECT, INSERT, DELETE ON complaints.complaint_word TO fokus_app;
SELECT platform.enable_tenant_isolation('complaints.complaint_word');

CREATE FUNCTION complaints.complaint_words_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO complaints.complaint_word (tenant_id, word, number)
  SELECT c.tenant_id, w, c.number FROM inserted c,
    unnest(complaints.search_words(c.subject || ' ' || c.description || ' ' || coalesce(c.order_reference, ''))) w;
  RETURN NULL;
END
$$;
CREATE TRIGGER complaint_words_inserted AFTER INSERT ON complaints.complaint
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION complaints.complaint_words_inserted();

-- texts change rarely (a customer's erasure), so row by row
CREATE FUNCTION complaints.complaint_words_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM complaints.complaint_word WHERE tenant_id = NEW.tenant_id AND number = NEW.number;
  INSERT INTO complaints.complaint_word (tenant_id, word, number)
  SELECT NEW.tenant_id, w, NEW.number
  FROM unnest(complaints.search_words(NEW.subject || ' ' || NEW.description || ' '
    || coalesce(NEW.order_reference, ''))) w;
  RETURN NULL;
END
$$;
CREATE TRIGGER complaint_words_changed AFTER UPDATE OF subject, description, order_reference
  ON complaints.complaint FOR EACH ROW
  WHEN (OLD.subject IS DISTINCT FROM NEW.subject OR OLD.description IS DISTINCT FROM NEW.description
    OR OLD.order_reference IS DISTINCT FROM NEW.order_reference)
  EXECUTE FUNCTION complaints.complaint_words_changed();

CREATE FUNCTION complaints.complaint_words_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM complaints.complaint_word w USING deleted c WHERE w.tenant_id = c.tenant_id AND w.number = c.number;
  RETURN NULL;
END
$$;
CREATE TRIGGER complaint_words_deleted AFTER DELETE ON complaints.complaint
  REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION complaints.complaint_words_deleted();

-- the words of the complaints there are; row-level security is forced for the owner too, so it is lifted for this
-- copy only
ALTER TABLE complaints.complaint NO FORCE ROW LEVEL SECURITY;
ALTER TABLE complaints.complaint_word NO FORCE ROW LEVEL SECURITY;
INSERT INTO complaints.complaint_word (tenant_id, word, number)
SELECT c.tenant_id, w, c.number FROM complaints.complaint c,
  unnest(complaints.search_words(c.subject || ' ' || c.description || ' ' || coalesce(c.order_reference, ''))) w;
ALTER TABLE complaints.complaint FORCE ROW LEVEL SECURITY;
ALTER TABLE complaints.complaint_word FORCE ROW LEVEL SECURITY;
--rollback DROP TRIGGER complaint_words_deleted ON complaints.complaint; DROP TRIGGER complaint_words_changed ON complaints.complaint; DROP TRIGGER complaint_words_inserted ON complaints.complaint; DROP TABLE complaints.complaint_word; DROP FUNCTION complaints.complaint_words_deleted(); DROP FUNCTION complaints.complaint_words_changed(); DROP FUNCTION complaints.complaint_words_inserted(); DROP FUNCTION complaints.search_words(text); DROP FUNCTION complaints.search_terms(text);
