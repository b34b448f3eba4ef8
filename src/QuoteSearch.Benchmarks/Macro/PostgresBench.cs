using Lucene.Net.Index;
using Lucene.Net.Search;
using Npgsql;
using NpgsqlTypes;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;

namespace QuoteSearch.Benchmarks.Macro;

/// <summary>
/// The same quotes in PostgreSQL with a tsvector GIN index, and the same three queries timed the same way:
/// phraseto_tsquery for phrases, plainto_tsquery with a speaker filter, and a speaker's quotes newest first.
/// </summary>
internal static class PostgresBench
{
    public sealed record Result(double LoadSeconds, Percentiles Phrase, Percentiles WordAndSpeaker, Percentiles SpeakerNewestFirst);

    public static Result Run(string connection, QuoteIndex index, QueryWorkload workload, int runs)
    {
        using var data = NpgsqlDataSource.Create(connection);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Execute(data,
            "DROP TABLE IF EXISTS quotes; CREATE TABLE quotes (id text PRIMARY KEY, speaker_id text, published date, text text NOT NULL, "
            + "tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED)");
        using (var connectionForCopy = data.OpenConnection())
        using (var copy = connectionForCopy.BeginBinaryImport("COPY quotes (id, speaker_id, published, text) FROM STDIN (FORMAT BINARY)"))
        {
            index.Read(searcher =>
            {
                var top = searcher.Search(new TermQuery(new Term(IndexFields.Type, IndexFields.QuoteType)), int.MaxValue);
                foreach (var batch in top.ScoreDocs.Select(d => d.Doc).Chunk(1000))
                {
                    foreach (var quote in StoredQuotes.Read(searcher, batch))
                    {
                        copy.StartRow();
                        copy.Write(quote.Id, NpgsqlDbType.Text);
                        copy.Write((object?)quote.SpeakerId ?? DBNull.Value, NpgsqlDbType.Text);
                        copy.Write(quote.Article.Published is { } p ? DateOnly.Parse(p) : (object)DBNull.Value, NpgsqlDbType.Date);
                        copy.Write(quote.Text, NpgsqlDbType.Text);
                    }
                }
                return 0;
            });
            copy.Complete();
        }
        Execute(data,
            "CREATE INDEX quotes_tsv ON quotes USING GIN (tsv); "
            + "CREATE INDEX quotes_speaker ON quotes (speaker_id, published DESC); ANALYZE quotes");
        var load = clock.Elapsed.TotalSeconds;

        var phrase = Percentiles.Measure(50, runs, i => Query(data,
            "SELECT id, text FROM quotes WHERE tsv @@ phraseto_tsquery('english', $1) "
            + "ORDER BY ts_rank(tsv, phraseto_tsquery('english', $1)) DESC LIMIT 20",
            workload.Phrases[i % workload.Phrases.Count]));
        var word = Percentiles.Measure(50, runs, i => Query(data,
            "SELECT id, text FROM quotes WHERE tsv @@ plainto_tsquery('english', $1) AND speaker_id = $2 "
            + "ORDER BY ts_rank(tsv, plainto_tsquery('english', $1)) DESC LIMIT 20",
            workload.WordsBySpeaker[i % workload.WordsBySpeaker.Count].Word,
            workload.WordsBySpeaker[i % workload.WordsBySpeaker.Count].SpeakerId));
        var newest = Percentiles.Measure(50, runs, i => Query(data,
            "SELECT id, text FROM quotes WHERE speaker_id = $1 ORDER BY published DESC LIMIT 20",
            workload.Speakers[i % workload.Speakers.Count]));
        return new Result(load, phrase, word, newest);
    }

    private static void Execute(NpgsqlDataSource data, string sql)
    {
        using var command = data.CreateCommand(sql);
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    private static void Query(NpgsqlDataSource data, string sql, params string[] parameters)
    {
        using var command = data.CreateCommand(sql);
        foreach (var value in parameters) command.Parameters.AddWithValue(value);
        using var reader = command.ExecuteReader();
        while (reader.Read()) { }
    }
}
