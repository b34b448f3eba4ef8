namespace QuoteSearch.Core.Tests.Support;

/// <summary>Finds files of the repository (the seed article) from wherever the test runs.</summary>
public static class RepoPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "QuoteSearch.sln"))) return dir.FullName;
            }
            throw new InvalidOperationException("QuoteSearch.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Seeds => Path.Combine(Root, "seeds");
    public static string SeedArticle => Path.Combine(Seeds, "000_f49c1c6e5ef7ea12.txt");
}
