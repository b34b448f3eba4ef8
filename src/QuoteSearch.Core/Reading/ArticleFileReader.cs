using System.Buffers;
using System.IO.Compression;

namespace QuoteSearch.Core.Reading;

/// <summary>
/// Reads files (plain text, HTML, JSON Lines feeds, any of them gzip-compressed) into articles.
/// Every failure becomes an outcome naming the file, so one bad input never stops a batch.
/// </summary>
public sealed class ArticleFileReader(ReaderOptions options, IArticleParser text, IArticleParser html)
{
    public static ArticleFileReader CreateDefault(ReaderOptions? options = null) =>
        new(options ?? ReaderOptions.Default, new PlainTextArticleParser(), new HtmlArticleParser());

    public IEnumerable<ReadOutcome> ReadAll(IEnumerable<string> paths)
    {
        foreach (var file in InputFiles.Expand(paths))
        {
            if (!file.Success)
            {
                yield return ReadOutcome.Failed(file.Error!, file.Error!);
                continue;
            }
            foreach (var outcome in ReadFile(file.Value!))
            {
                yield return outcome;
            }
        }
    }

    public IEnumerable<ReadOutcome> ReadFile(string path)
    {
        var loaded = Load(path);
        if (!loaded.Success)
        {
            return [ReadOutcome.Failed(path, loaded.Error!)];
        }
        var (bytes, compressed) = loaded.Value;
        var name = Path.GetFileName(path);
        var namedGz = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        if (namedGz) name = name[..^3];
        if (compressed && bytes.Length == 0) return [ReadOutcome.Failed(path, ReadErrors.BadGzip(path, "it decompresses to nothing"))];
        // A file named .gz that is not compressed is read as what it is, with a warning; binary is still an error.
        if (namedGz && !compressed && bytes.Length > 0 && LooksBinary(bytes)) return [ReadOutcome.Failed(path, ReadErrors.NotGzip(path))];
        var outcomes = ReadBytes(path, Path.GetFileNameWithoutExtension(name), Path.GetExtension(name), bytes);
        return namedGz && !compressed ? outcomes.Select(o => o with { Warning = ReadErrors.ReadUncompressed(path) }) : outcomes;
    }

    /// <summary>Reads one in-memory document (an upload, say); <paramref name="extension"/> hints at the format.</summary>
    public IEnumerable<ReadOutcome> ReadBytes(string origin, string id, string extension, byte[] bytes)
    {
        if (bytes.Length == 0) return [ReadOutcome.Failed(origin, ReadErrors.Empty(origin))];
        if (LooksBinary(bytes)) return [ReadOutcome.Failed(origin, ReadErrors.Binary(origin))];

        var format = FormatSniffer.Detect(extension, bytes);
        var decoded = TextDecoder.Decode(bytes, format == InputFormat.Html);
        var warning = decoded.Warning is null ? null : $"{origin}: {decoded.Warning}";
        if (format == InputFormat.JsonLines)
        {
            return JsonLinesFeed.Entries(origin, id, decoded.Text).Select(entry => entry.Success
                ? Parse(entry.Value!, warning)
                : ReadOutcome.Failed(origin, entry.Error!));
        }
        return [Parse(new ArticleInput(origin, id, decoded.Text, format), warning)];
    }

    private ReadOutcome Parse(ArticleInput input, string? warning)
    {
        var parser = input.Format == InputFormat.Html ? html : text;
        Domain.Result<Domain.Article> parsed;
        try
        {
            // Before parsing: the whitespace folding of paragraphs would drop the C1 characters some mojibake holds.
            parsed = parser.Parse(input with { Content = TextRepair.Repair(input.Content), Title = RepairOrNull(input.Title) });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A parser bug must cost one input, not the batch.
            return ReadOutcome.Failed(input.Origin, ReadErrors.ParserFailed(input.Origin, e.GetType().Name + ": " + e.Message));
        }
        return parsed.Success
            ? ReadOutcome.Ok(input.Origin, parsed.Value!, warning)
            : ReadOutcome.Failed(input.Origin, parsed.Error!);
    }

    private static string? RepairOrNull(string? text) => text is null ? null : TextRepair.Repair(text);

    /// <summary>The file's bytes (decompressed when it starts as gzip does) and whether it was compressed.</summary>
    private Domain.Result<(byte[] Bytes, bool Compressed)> Load(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            var head = new byte[2];
            var isGzip = file.Read(head, 0, 2) == 2 && head[0] == 0x1F && head[1] == 0x8B;
            file.Position = 0;
            if (!isGzip && file.Length > options.MaxBytes)
            {
                return Domain.Result<(byte[], bool)>.Fail(ReadErrors.TooLarge(path, file.Length, options.MaxBytes));
            }
            if (!isGzip)
            {
                // The size is known: one array, no growing buffer and no copy (this ran for every file of an ingest).
                var bytes = new byte[file.Length];
                file.ReadExactly(bytes);
                return Domain.Result<(byte[], bool)>.Ok((bytes, false));
            }
            Stream source = new GZipStream(file, CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            // Copy one byte past the limit so decompression bombs stop early and are still reported.
            CopyAtMost(source, buffer, options.MaxBytes + 1);
            if (buffer.Length > options.MaxBytes)
            {
                return Domain.Result<(byte[], bool)>.Fail(ReadErrors.TooLarge(path, buffer.Length, options.MaxBytes));
            }
            return Domain.Result<(byte[], bool)>.Ok((buffer.ToArray(), true));
        }
        catch (InvalidDataException e)
        {
            return Domain.Result<(byte[], bool)>.Fail(ReadErrors.BadGzip(path, e.Message));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Domain.Result<(byte[], bool)>.Fail(ReadErrors.Unreadable(path, e.Message));
        }
    }

    private static void CopyAtMost(Stream source, Stream target, long limit)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            long total = 0;
            int read;
            while (total < limit && (read = source.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - total))) > 0)
            {
                target.Write(chunk, 0, read);
                total += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>Text has almost no control bytes; NULs in the first few KB mean binary (UTF-16 has a BOM and is decoded first).</summary>
    private static bool LooksBinary(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))) return false;
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0D && b < 0x20)) control++;
        }
        return control > sample.Length / 10;
    }
}
