# fail2ban-jail.awk - a fail2ban jail's decision replayed over the failures
# fail2ban-regex found, for bench/run. fail2ban-regex -o row prints one row
# per failure: "['ADDRESS', EPOCH, {...}]" (EPOCH is the line's own stamp).
# A jail bans an address when it fails maxretry times within findtime
# seconds (Debian's jail.conf defaults: 5 and 600). Output: the banned
# addresses, one per line.
BEGIN {
	if (maxretry == "") maxretry = 5
	if (findtime == "") findtime = 600
}
/^\['/ {
	ip = $1
	gsub(/[\[\]',]/, "", ip)
	t = $2
	sub(/,$/, "", t)
	t = int(t)
	n = ++count[ip]
	seen[ip, n % maxretry] = t
	if (n >= maxretry && t - seen[ip, (n + 1) % maxretry] <= findtime && !(ip in banned)) {
		banned[ip] = 1
		print ip
	}
}
