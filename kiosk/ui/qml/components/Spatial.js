// The keypad's arrows move by position, as the eye reads the screen: Down goes to the control below
// (in the home grid, the tile under this one; in the number pad, the key under this one), Right to the
// control beside it in the same row. The candidates are the controls of the focus chain, so nothing a
// keypad can reach changes, only the order. Within a scrolled page the page's own controls come first,
// so Down walks a long list to its end before it jumps to the buttons under it.
.pragma library

function _chain(from) {
    const items = []
    let item = from.nextItemInFocusChain(true)
    for (let n = 0; item && item !== from && n < 500; ++n) {
        items.push(item)
        item = item.nextItemInFocusChain(true)
    }
    return items
}

function page(item) { return _page(item) }

function _page(item) {
    for (let p = item.parent; p; p = p.parent)
        if (p.contentItem !== undefined && p.contentY !== undefined && p.flickableDirection !== undefined)
            return p
    return null
}

// `r` (an item's box in the window) moved inside the visible part of the page that scrolls it, and how
// far it had to move.
function _atPageEdge(item, r) {
    const page = _page(item)
    if (!page)
        return { rect: r, hidden: 0 }
    const v = page.mapToItem(null, 0, 0, page.width, page.height)
    const y = Math.min(Math.max(r.y, v.y), v.y + v.height - r.height)
    return { rect: Qt.rect(r.x, y, r.width, r.height), hidden: Math.abs(y - r.y) }
}

function _inside(item, page) {
    for (let p = item.parent; p; p = p.parent)
        if (p === page)
            return true
    return false
}

// How far b lies from a in the arrow's direction (along) and across it; null when b is not that way.
function _distance(a, b, direction) {
    const tolerance = Math.min(a.height, b.height, a.width, b.width) / 3
    let along, across
    if (direction === "down" || direction === "up") {
        along = direction === "down" ? b.y - (a.y + a.height) : a.y - (b.y + b.height)
        across = Math.max(0, b.x - (a.x + a.width), a.x - (b.x + b.width))
    } else {
        along = direction === "right" ? b.x - (a.x + a.width) : a.x - (b.x + b.width)
        across = Math.max(0, b.y - (a.y + a.height), a.y - (b.y + b.height))
        if (across > 0)
            return null  // Left and Right stay in the row: past its end they go on along the chain
    }
    if (along < -tolerance)
        return null
    return { along: Math.max(0, along), across: across }
}

// The control the arrow goes to from `from`: in the nearest row (or column) that way, the one most in
// line with it; when there is none, the next (Down, Right) or previous (Up, Left) control of the chain.
function target(from, direction) {
    const forward = direction === "down" || direction === "right"
    if (!from.activeFocusOnTab)  // a screen or a scope, not a control: its first (or last) control
        return from.nextItemInFocusChain(forward)
    const a = from.mapToItem(null, 0, 0, from.width, from.height)
    const page = _page(from)
    const found = []
    for (const item of _chain(from)) {
        if (!item.visible || !item.enabled || item.width <= 0 || item.height <= 0)
            continue
        const samePage = page !== null && _inside(item, page)
        let r = item.mapToItem(null, 0, 0, item.width, item.height)
        let hidden = 0
        if (!samePage) {
            // Scrolled out of its page: taken as lying at the page's edge (entering the page reaches
            // it), and the nearer to that edge, the sooner.
            const edge = _atPageEdge(item, r)
            hidden = edge.hidden
            r = edge.rect
        }
        const d = _distance(a, r, direction)
        if (d !== null)
            found.push({ item: item, along: d.along, across: d.across, hidden: hidden, samePage: samePage, x: r.x })
    }
    const pool = found.some(c => c.samePage) ? found.filter(c => c.samePage) : found
    if (pool.length === 0)
        return from.nextItemInFocusChain(forward)
    const nearest = Math.min(...pool.map(c => c.along))
    const row = (direction === "down" || direction === "up" ? a.height : a.width) / 2
    const line = pool.filter(c => c.along <= nearest + row)
    // level and equally in line: the one read first (a line before the button beside it)
    line.sort((p, q) => p.hidden - q.hidden || p.across - q.across || p.along - q.along || p.x - q.x)
    return line[0].item
}

// Keep `item` and its ring inside the scrolled page that holds it (a keypad has no other way to see it).
function reveal(item, margin) {
    const page = _page(item)
    if (!page || page.contentHeight <= page.height)
        return
    const top = item.mapToItem(page.contentItem, 0, 0).y
    if (top - margin < page.contentY)
        page.contentY = Math.max(page.originY, top - margin)
    else if (top + item.height + margin > page.contentY + page.height)
        page.contentY = Math.min(page.originY + page.contentHeight - page.height,
                                 top + item.height + margin - page.height)
}
