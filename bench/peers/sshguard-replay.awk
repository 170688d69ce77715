# sshguard-replay.awk - sshguard's blocking rule replayed in log time, for
# bench/run. sshguard's parser (sshg-parser) turns each attack line into a
# record "SERVICE ADDRESS FAMILY DANGER"; its blocker (sshg-blocker) adds up
# an address's dangers and blocks it at THRESHOLD (30; most attacks score
# 10), forgetting an address DETECTION seconds (1800) after its first attack.
# The real blocker uses the time records arrive, which a replay of a file
# compresses into seconds; this script uses each attack line's own syslog
# stamp instead, so its answer is what sshguard would have blocked live.
#
# Input: lines "Mmm dd hh:mm:ss SERVICE ADDRESS FAMILY DANGER" (the stamp of
# each attack line, from `sshg-parser -a`, pasted to the record of
# `sshg-parser`). Output: the blocked addresses, one per line.
# Variables: year (for leap years), threshold, detection.
BEGIN {
	if (threshold == "") threshold = 30
	if (detection == "") detection = 1800
	split("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", m, " ")
	leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
	split("0 31 59 90 120 151 181 212 243 273 304 334", cum, " ")
	for (i = 1; i <= 12; i++) mon[m[i]] = cum[i] + (i > 2 && leap ? 1 : 0)
}
{
	split($3, hms, ":")
	t = ((mon[$1] + $2 - 1) * 24 + hms[1]) * 3600 + hms[2] * 60 + hms[3]
	ip = $5
	if (!(ip in first) || t - first[ip] > detection) {
		first[ip] = t
		score[ip] = 0
	}
	score[ip] += $7
	if (score[ip] >= threshold && !(ip in blocked)) {
		blocked[ip] = 1
		print ip
	}
}
