-- Who sent each visitor message, as a pseudonym: a hash of the site and the sender's address
-- key (an IPv4 address, an IPv6 /64), never the address itself. Knowledge gaps count a flood
-- from a few addresses per visitor, not per message. NULL for messages logged before this.
ALTER TABLE messages ADD COLUMN visitor TEXT;
