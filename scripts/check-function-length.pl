#!/usr/bin/perl
# No function in src/ longer than 120 lines (issue 33): a function that long does several jobs,
# which then cannot be read, tested or changed one at a time. Functions are found as clang-format
# writes them here (.clang-format: a function's braces on lines of their own at the margin), so
# the check reads the formatted files given and counts each body's lines, braces included.
# The migrations' SQL is text, not logic: the functions named in %exempt may be longer.
use strict;
use warnings;

my $limit = 120;
my %exempt = map { $_ => 1 } qw(
    src/core/store/Migrations.cpp:migrations
);

my @problems;
for my $file (@ARGV) {
    open(my $in, '<', $file) or die "$file: $!";
    my @lines = <$in>;
    close($in);
    my ($start, $name);
    for my $i (0 .. $#lines) {
        if ($lines[$i] =~ /^\{\s*$/ && !defined $start) {
            $start = $i;
            # The signature starts at the margin on a line before (an initializer list is
            # indented): the name is what precedes its first "(".
            my $j = $i - 1;
            $j-- while $j > 0 && $lines[$j] =~ /^\s/;
            ($name) = $lines[$j] =~ /([\w:~]+)\s*\(/;
            $name //= '?';
        } elsif ($lines[$i] =~ /^\}/ && defined $start) {
            my $length = $i - $start + 1;
            (my $short = $name) =~ s/^.*:://;
            if ($length > $limit && !$exempt{"$file:$short"}) {
                push @problems, sprintf("%s:%d: %s tiene %d líneas (el límite es %d)",
                                        $file, $start + 1, $name, $length, $limit);
            }
            undef $start;
        }
    }
}
if (@problems) {
    print STDERR "$_\n" for @problems;
    print STDERR scalar(@problems) . " funciones demasiado largas: divídalas en partes con nombre.\n";
    exit 1;
}
