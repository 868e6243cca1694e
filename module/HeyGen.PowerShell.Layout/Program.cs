using HeyGen.PowerShell.Layout;
using HeyGen.PowerShell.Layout.Help;
using HeyGen.PowerShell.Layout.Metadata;

// Generates the module's MAML help at build time (see the LayoutHeyGenModule target):
//   HeyGen.PowerShell.Layout help --assembly HeyGen.dll --sma System.Management.Automation.dll --source docs/powershell/help --out en-US/HeyGen.dll-Help.xml
// Exit code 1 (and one line per problem) when a cmdlet, parameter or example is undocumented.
var options = Arguments.Parse(args);
if (options.Command != "help" || options.Get("assembly") is not { } assembly || options.Get("sma") is not { } sma || options.Get("source") is not { } source || options.Get("out") is not { } output)
{
    Console.Error.WriteLine("usage: HeyGen.PowerShell.Layout help --assembly <HeyGen.dll> --sma <System.Management.Automation.dll> --source <help folder> --out <HeyGen.dll-Help.xml> [--probe <folder>]");
    return 2;
}

using var reader = new CmdletReader(assembly, sma, options.GetAll("probe").ToArray());
var cmdlets = reader.ReadCmdlets();
var sources = HelpSourceReader.ReadFolder(source);
var problems = HelpValidator.Problems(cmdlets, sources);
foreach (var problem in problems)
{
    Console.Error.WriteLine(Path.GetFullPath(source) + ": error HG5001: " + problem);
}

if (problems.Count > 0)
{
    return 1;
}

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
MamlWriter.Write(cmdlets, sources).Save(output);
Console.WriteLine("Help for " + cmdlets.Count + " cmdlets written to " + output);
return 0;
