using System.Text.Json;
using System.Text.Json.Serialization;
using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Identity.Corrections;

/// <summary>
/// The corrections, kept durably in a small versioned JSON file beside the index (<c>{"version": 1, "corrections":
/// [...]}</c>): every correction is appended, never edited, so the file is also the audit trail; an undo is a
/// correction too. Each change is written to a temporary file and moved over the old one, so a crash leaves either
/// the old file or the new. Thread-safe.
/// </summary>
public sealed class CorrectionLog
{
    private const int FileVersion = 1;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private sealed record FileShape(int Version, List<SpeakerCorrection> Corrections);

    private readonly object gate = new();
    private List<SpeakerCorrection> entries;

    private CorrectionLog(string path, List<SpeakerCorrection> entries) => (Path, this.entries) = (path, entries);

    public string Path { get; }

    /// <summary>How many corrections were made; changes with each one, so caches can tell.</summary>
    public int Version { get { lock (gate) return entries.Count; } }

    /// <summary>Every correction, undos included, in the order made.</summary>
    public IReadOnlyList<SpeakerCorrection> All { get { lock (gate) return entries.ToList(); } }

    /// <summary>The corrections in force: every merge, rename and split not undone, in the order made.</summary>
    public IReadOnlyList<SpeakerCorrection> Active
    {
        get
        {
            var all = All;
            var undone = all.Where(c => c.Kind == SpeakerCorrection.Undo).Select(c => c.Undoes).ToHashSet();
            return all.Where(c => c.Kind != SpeakerCorrection.Undo && !undone.Contains(c.Number)).ToList();
        }
    }

    /// <summary>Where an index keeps its corrections: a file in its folder, which Lucene leaves alone.</summary>
    public static string PathFor(string indexFolder) => System.IO.Path.Combine(indexFolder, "speaker-corrections.json");

    /// <summary>The log in a file (empty when the file does not exist yet), or why the file cannot be read.</summary>
    public static Result<CorrectionLog> Open(string path)
    {
        if (!File.Exists(path)) return Result<CorrectionLog>.Ok(new CorrectionLog(path, []));
        try
        {
            var shape = JsonSerializer.Deserialize<FileShape>(File.ReadAllText(path), Json);
            if (shape is null || shape.Version != FileVersion)
            {
                return Result<CorrectionLog>.Fail(CorrectionErrors.BadFile(path, "unknown version"));
            }
            return Result<CorrectionLog>.Ok(new CorrectionLog(path, shape.Corrections ?? []));
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return Result<CorrectionLog>.Fail(CorrectionErrors.BadFile(path, e.Message));
        }
    }

    /// <summary>Numbers, stamps and stores a correction; returns it as stored.</summary>
    public SpeakerCorrection Add(SpeakerCorrection correction)
    {
        lock (gate)
        {
            var stored = correction with { Number = entries.Count + 1, When = DateTimeOffset.UtcNow };
            var next = entries.Append(stored).ToList();
            var temporary = Path + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(new FileShape(FileVersion, next), Json));
            File.Move(temporary, Path, overwrite: true);
            entries = next;
            return stored;
        }
    }
}
