/* The shaped link's delay line: holds every packet nftables sends to an NFQUEUE for a fixed time,
 * then accepts it, in arrival order. This kernel has no netem, so this is how the link gets RTT.
 * Built at test time (sync_shaped_link.py); prints "ready" once bound, runs until killed.
 * usage: sync_delayline QUEUE_NUM DELAY_MS */
#include <arpa/inet.h>
#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <time.h>
/* after the libc headers: linux/netfilter.h pulls linux/in.h, which clashes if it comes first */
#include <linux/netfilter.h>
#include <libnetfilter_queue/libnetfilter_queue.h>

#define CAP 65536u
static uint32_t ids[CAP];
static long long due[CAP];
static unsigned head, tail;
static long long delay_ns;

static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static int on_packet(struct nfq_q_handle *qh, struct nfgenmsg *msg, struct nfq_data *nfa, void *data) {
    (void)msg;
    (void)data;
    struct nfqnl_msg_packet_hdr *ph = nfq_get_msg_packet_hdr(nfa);
    if (ph == NULL) return 0;
    uint32_t id = ntohl(ph->packet_id);
    if (tail - head >= CAP) {
        /* never hold more than the ring: a full ring drops, like a full router buffer */
        nfq_set_verdict(qh, id, NF_DROP, 0, NULL);
        return 0;
    }
    ids[tail % CAP] = id;
    due[tail % CAP] = now_ns() + delay_ns;
    tail++;
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s QUEUE_NUM DELAY_MS\n", argv[0]);
        return 2;
    }
    int queue_num = atoi(argv[1]);
    delay_ns = atoll(argv[2]) * 1000000LL;
    struct nfq_handle *h = nfq_open();
    if (h == NULL) { perror("nfq_open"); return 1; }
    struct nfq_q_handle *qh = nfq_create_queue(h, (uint16_t)queue_num, &on_packet, NULL);
    if (qh == NULL) { perror("nfq_create_queue"); return 1; }
    /* only the verdict is needed, not the payload: cheaper at any rate */
    if (nfq_set_mode(qh, NFQNL_COPY_META, 0) < 0) { perror("nfq_set_mode"); return 1; }
    nfq_set_queue_maxlen(qh, 16384);
    nfnl_rcvbufsiz(nfq_nfnlh(h), 8 << 20);
    int fd = nfq_fd(h);
    printf("ready\n");
    fflush(stdout);
    static char buf[1 << 16];
    for (;;) {
        long long t = now_ns();
        while (head != tail && due[head % CAP] <= t) {
            nfq_set_verdict(qh, ids[head % CAP], NF_ACCEPT, 0, NULL);
            head++;
        }
        int timeout_ms = -1;
        if (head != tail) timeout_ms = (int)((due[head % CAP] - t + 999999) / 1000000);
        struct pollfd p = {fd, POLLIN, 0};
        if (poll(&p, 1, timeout_ms) <= 0) continue;
        for (;;) {
            ssize_t n = recv(fd, buf, sizeof buf, MSG_DONTWAIT);
            if (n > 0) { nfq_handle_packet(h, buf, (int)n); continue; }
            if (n < 0 && errno == ENOBUFS) continue; /* kernel dropped some messages: keep going */
            break;
        }
    }
}
