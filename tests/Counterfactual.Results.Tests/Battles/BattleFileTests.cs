using System.Text;
using Counterfactual.Experiments.Battles;
using Counterfactual.Model.Combat;
using Counterfactual.Results.Battles;

namespace Counterfactual.Results.Tests.Battles;

public sealed class BattleFileTests
{
    [Fact]
    public void Read_Cdb90_SkipsAndCountsRowsWithoutStrengths()
    {
        var contents = BattleData.File;

        // 660 rows; one has neither INTST nor STR for a side.
        Assert.Equal(660, contents.Battles.Count + contents.Skipped);
        Assert.Equal(1, contents.Skipped);
        Assert.Contains("battle_durations.csv", contents.DurationNote, StringComparison.Ordinal);
        Assert.All(contents.Battles, b => Assert.True(b.DurationDays >= 1));
    }

    [Fact]
    public void Read_RowWithoutStrengths_IsSkippedAndCounted()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(dir.FullName, "b.csv");
            File.WriteAllText(path, "ISQNO,WAR,INTSTA,STRA,INTSTD,STRD,POST1,WINA\n1,X,100,100,50,50,FD,1\n2,X,-1,-1,50,50,HD,0\n3,X,-1,300,-1,200,PD,-1\n");
            var contents = BattleFile.Read(path);
            Assert.Equal(1, contents.Skipped);
            Assert.Equal(2, contents.Battles.Count);
            Assert.Equal(DefenderPosture.Fortified, contents.Battles[0].Posture);
            Assert.False(contents.Battles[1].StrengthsFromInitial);
            Assert.Equal(1, contents.Battles[1].DurationDays);
            Assert.Contains("no battle_durations.csv", contents.DurationNote, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Write_Results_HeaderExactLfNoBom()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(dir.FullName, "out.csv");
            BattleResultsWriter.Write(path, [new BattleResult(7, "WAR, \"X\"", 1000, 500.5, 1.5, 0.25, 0.125, 10, 20, 0.01, 0.02)]);
            var bytes = File.ReadAllBytes(path);
            Assert.NotEqual(0xEF, bytes[0]);
            var text = Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain('\r', text);
            var lines = text.Split('\n');
            Assert.Equal("isqno,war,attacker_strength,defender_strength,duration_days,p_attacker_win,p_draw,mean_attacker_casualties,mean_defender_casualties,attacker_rate_per_day,defender_rate_per_day", lines[0]);
            Assert.StartsWith("7,\"WAR, \"\"X\"\"\",1000,500.5,1.5,0.25,0.125,10,20,0.01,0.02", lines[1], StringComparison.Ordinal);
            Assert.False(File.Exists(path + ".tmp"));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void ReadArdennes_File_Has32Days()
    {
        var days = BattleData.Ardennes;
        Assert.Equal(32, days.Count);
        Assert.Equal(2, days[0].Day);
        Assert.Equal(33, days[^1].Day);
    }
}
